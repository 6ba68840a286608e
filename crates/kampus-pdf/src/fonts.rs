//! The embedded fonts: measuring text, encoding it as glyph ids, and subsetting.
//!
//! Three DejaVu faces ship in `assets/fonts/` (with their licence). They cover Latin with
//! every diacritic our languages use and Cyrillic, so no fallback font is needed. Parsing is
//! done once per process; subsetting is done per document, keeping only the glyphs the page
//! uses, which keeps a certificate near 40 KB.
//!
//! Text is written with two-byte codes that are the glyph ids of the subset (a CID font with
//! `Identity-H` encoding and an identity CID-to-GID map), and each font carries a `ToUnicode`
//! map from those ids back to characters so text can be searched and extracted.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};

use crate::PdfError;

/// One of the embedded faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontId {
    /// DejaVu Sans: body text.
    Sans,
    /// DejaVu Sans Bold: issuer, course title, headings, serial and code.
    SansBold,
    /// DejaVu Serif Bold: the title and the holder's name.
    SerifBold,
}

impl FontId {
    /// Every face, in the order their resources are written.
    pub const ALL: [FontId; 3] = [FontId::Sans, FontId::SansBold, FontId::SerifBold];

    /// The PostScript name of the face.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontId::Sans => "DejaVuSans",
            FontId::SansBold => "DejaVuSans-Bold",
            FontId::SerifBold => "DejaVuSerif-Bold",
        }
    }

    /// The resource name used in the page's content stream.
    pub fn resource_name(self) -> &'static [u8] {
        match self {
            FontId::Sans => b"F1",
            FontId::SansBold => b"F2",
            FontId::SerifBold => b"F3",
        }
    }

    fn index(self) -> usize {
        match self {
            FontId::Sans => 0,
            FontId::SansBold => 1,
            FontId::SerifBold => 2,
        }
    }

    /// The raw font file.
    pub fn data(self) -> &'static [u8] {
        match self {
            FontId::Sans => include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
            FontId::SansBold => include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
            FontId::SerifBold => include_bytes!("../../../assets/fonts/DejaVuSerif-Bold.ttf"),
        }
    }

    /// The parsed face, parsed once per process.
    pub fn face(self) -> Result<&'static Face<'static>, PdfError> {
        static FACES: LazyLock<[Result<Face<'static>, String>; 3]> = LazyLock::new(|| {
            FontId::ALL.map(|id| Face::parse(id.data(), 0).map_err(|e| e.to_string()))
        });
        FACES[self.index()]
            .as_ref()
            .map_err(|reason| PdfError::Font {
                name: self.postscript_name(),
                reason: reason.clone(),
            })
    }

    /// Units per em of the face (2048 for DejaVu).
    pub fn units_per_em(self) -> Result<f32, PdfError> {
        Ok(f32::from(self.face()?.units_per_em()))
    }
}

/// Horizontal advance of one character in font units; characters the face lacks measure
/// like `.notdef`.
fn advance(face: &Face<'_>, c: char) -> u16 {
    let glyph = face.glyph_index(c).unwrap_or(GlyphId(0));
    face.glyph_hor_advance(glyph).unwrap_or(0)
}

/// Measures text set in one face at one size.
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    face: &'static Face<'static>,
    scale: f32,
}

impl Measure {
    /// A measure for `font` at `size` points.
    pub fn new(font: FontId, size: f32) -> Result<Self, PdfError> {
        Ok(Self {
            face: font.face()?,
            scale: size / font.units_per_em()?,
        })
    }

    /// Width of `text` in points.
    pub fn width(&self, text: &str) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(advance(self.face, c))).sum();
        // Exact for any text shorter than 2^24 font units, i.e. every realistic line.
        #[allow(clippy::cast_precision_loss)]
        let units = units as f32;
        units * self.scale
    }
}

/// The glyphs one document uses from one face, in the order first used.
#[derive(Debug, Default, Clone)]
pub struct UsedGlyphs {
    remapper: GlyphRemapper,
    /// Subset glyph id → the character it was first used for.
    unicode: BTreeMap<u16, char>,
}

impl UsedGlyphs {
    /// Encodes `text` as two-byte subset glyph ids (Identity-H), recording the glyphs.
    pub fn encode(&mut self, face: &Face<'_>, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let old = face.glyph_index(c).map_or(0, |g| g.0);
            let new = self.remapper.remap(old);
            if old != 0 {
                self.unicode.entry(new).or_insert(c);
            }
            out.extend_from_slice(&new.to_be_bytes());
        }
        out
    }

    /// The subset's glyph ids, with the matching original ids, in subset order.
    pub fn glyphs(&self) -> impl Iterator<Item = (u16, u16)> + '_ {
        (0u16..).zip(self.remapper.remapped_gids())
    }

    /// Subset glyph id → character, for the `ToUnicode` map.
    pub fn unicode(&self) -> &BTreeMap<u16, char> {
        &self.unicode
    }

    /// Whether no text in this face was written.
    pub fn is_empty(&self) -> bool {
        self.remapper.num_gids() <= 1
    }

    /// The subset font file (TrueType), with glyph ids renumbered as encoded.
    pub fn subset(&self, font: FontId) -> Result<Vec<u8>, PdfError> {
        subsetter::subset(font.data(), 0, &self.remapper).map_err(|source| PdfError::Subset {
            name: font.postscript_name(),
            source,
        })
    }
}

/// Glyph usage of all faces in one document.
#[derive(Debug, Default, Clone)]
pub struct FontSet {
    used: [UsedGlyphs; 3],
}

impl FontSet {
    /// Encodes `text` in `font`; see [`UsedGlyphs::encode`].
    pub fn encode(&mut self, font: FontId, text: &str) -> Result<Vec<u8>, PdfError> {
        Ok(self.used[font.index()].encode(font.face()?, text))
    }

    /// The glyphs used from `font`.
    pub fn used(&self, font: FontId) -> &UsedGlyphs {
        &self.used[font.index()]
    }
}
