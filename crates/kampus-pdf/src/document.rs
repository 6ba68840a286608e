//! The PDF file: one page, its content stream, the embedded font subsets (Type 0 fonts
//! over CID fonts with TrueType outlines, `Identity-H`, with `ToUnicode` maps), a link on
//! the verification URL, and the metadata (title, language).
//!
//! Nothing here reads the clock or a random source: the file identifier and the subset
//! tags are hashes of the input, so the same input gives the same bytes.

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use pdf_writer::types::{
    ActionType, AnnotationType, CidFontType, FontFlags, SystemInfo, UnicodeCmap,
};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use sha2::{Digest, Sha256};

use crate::fonts::{FontId, FontSet, UsedGlyphs};
use crate::layout::Page;
use crate::{CertificateText, PAGE_HEIGHT, PAGE_WIDTH, PdfError, paint};

const IDENTITY: SystemInfo<'static> = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// Writes the PDF for a laid-out certificate `page`.
pub fn write(text: &CertificateText, page: &Page) -> Result<Vec<u8>, PdfError> {
    let meta = Meta {
        lang: &text.lang,
        title: &text.document_title,
        width: PAGE_WIDTH,
        height: PAGE_HEIGHT,
        id: fingerprint(text),
    };
    write_pages(&meta, std::slice::from_ref(page))
}

/// What a document says of itself.
#[derive(Debug, Clone, Copy)]
pub struct Meta<'a> {
    /// BCP 47 tag of the document's language (empty: not said).
    pub lang: &'a str,
    pub title: &'a str,
    /// Page size in points.
    pub width: f32,
    pub height: f32,
    /// A hash of the whole input: the file identifier (so the same input gives the same bytes).
    pub id: [u8; 32],
}

/// Writes a PDF of laid-out `pages`, all of the size `meta` gives, their fonts subset
/// together.
pub fn write_pages(meta: &Meta<'_>, pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    let mut fonts = FontSet::default();
    let contents = pages
        .iter()
        .map(|page| compress(&paint::content(page, &mut fonts)?))
        .collect::<Result<Vec<_>, _>>()?;

    let mut pdf = Pdf::new();
    let mut next = Ref::new(1);
    let catalog_id = next.bump();
    let tree_id = next.bump();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (next.bump(), next.bump())).collect();
    let info_id = next.bump();
    let link_ids: Vec<Vec<Ref>> = pages
        .iter()
        .map(|page| page.links.iter().map(|_| next.bump()).collect())
        .collect();
    let font_ids: Vec<(FontId, Ref)> = FontId::ALL
        .into_iter()
        .filter(|&font| !fonts.used(font).is_empty())
        .map(|font| (font, next.bump()))
        .collect();

    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(tree_id);
    if !meta.lang.is_empty() {
        catalog.lang(TextStr(meta.lang));
    }
    catalog.viewer_preferences().display_doc_title(true);
    catalog.finish();
    let count = i32::try_from(pages.len()).unwrap_or(i32::MAX);
    pdf.pages(tree_id)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(count);
    for (((page_id, content_id), content), links) in page_ids.iter().zip(&contents).zip(&link_ids) {
        let mut pdf_page = pdf.page(*page_id);
        pdf_page
            .media_box(Rect::new(0.0, 0.0, meta.width, meta.height))
            .parent(tree_id)
            .contents(*content_id)
            .annotations(links.iter().copied());
        let mut resources = pdf_page.resources();
        let mut resource_fonts = resources.fonts();
        for &(font, id) in &font_ids {
            resource_fonts.pair(Name(font.resource_name()), id);
        }
        resource_fonts.finish();
        resources.finish();
        pdf_page.finish();
        pdf.stream(*content_id, content).filter(Filter::FlateDecode);
    }

    for (page, ids) in pages.iter().zip(&link_ids) {
        for (link, &id) in page.links.iter().zip(ids) {
            let [x1, y1, x2, y2] = link.rect;
            let mut annotation = pdf.annotation(id);
            annotation
                .subtype(AnnotationType::Link)
                .rect(Rect::new(x1, y1, x2, y2))
                .border(0.0, 0.0, 0.0, None);
            annotation
                .action()
                .action_type(ActionType::Uri)
                .uri(Str(link.url.as_bytes()));
        }
    }

    pdf.document_info(info_id)
        .title(TextStr(meta.title))
        .producer(TextStr("Kampus"));
    pdf.set_file_id((meta.id[..16].to_vec(), meta.id[..16].to_vec()));

    for (font, type0_id) in font_ids {
        write_font(&mut pdf, &mut next, font, type0_id, fonts.used(font))?;
    }
    Ok(pdf.finish())
}

/// Writes one font subset: Type 0 font, CID font, descriptor, font file, ToUnicode map.
fn write_font(
    pdf: &mut Pdf,
    next: &mut Ref,
    font: FontId,
    type0_id: Ref,
    used: &UsedGlyphs,
) -> Result<(), PdfError> {
    let (cid_id, descriptor_id, file_id, cmap_id) =
        (next.bump(), next.bump(), next.bump(), next.bump());
    let face = font.face()?;
    let units = font.units_per_em()?;
    let to_pdf = |v: i16| f32::from(v) * 1000.0 / units;
    let base_name = format!("{}+{}", subset_tag(used), font.postscript_name());
    let base_name = Name(base_name.as_bytes());

    pdf.type0_font(type0_id)
        .base_font(base_name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);

    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(base_name)
        .system_info(IDENTITY)
        .font_descriptor(descriptor_id)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    let widths = used.glyphs().map(|(_, old)| {
        let advance = face
            .glyph_hor_advance(ttf_parser::GlyphId(old))
            .unwrap_or(0);
        f32::from(advance) * 1000.0 / units
    });
    cid.widths().consecutive(0, widths);
    cid.finish();

    let bbox = face.global_bounding_box();
    let mut flags = FontFlags::SYMBOLIC;
    if font == FontId::SerifBold {
        flags |= FontFlags::SERIF;
    }
    let bold = font != FontId::Sans;
    pdf.font_descriptor(descriptor_id)
        .name(base_name)
        .flags(flags)
        .bbox(Rect::new(
            to_pdf(bbox.x_min),
            to_pdf(bbox.y_min),
            to_pdf(bbox.x_max),
            to_pdf(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(to_pdf(face.ascender()))
        .descent(to_pdf(face.descender()))
        .cap_height(to_pdf(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(if bold { 140.0 } else { 80.0 })
        .font_file2(file_id);

    let subset = used.subset(font)?;
    let compressed = compress(&subset)?;
    let length1 = i32::try_from(subset.len()).unwrap_or(i32::MAX);
    pdf.stream(file_id, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), length1);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (&glyph, &c) in used.unicode() {
        cmap.pair(glyph, c);
    }
    let cmap = compress(&cmap.finish().into_vec())?;
    pdf.cmap(cmap_id, &cmap).filter(Filter::FlateDecode);
    Ok(())
}

/// The six capital letters that prefix a subset's name, from a hash of its glyphs.
fn subset_tag(used: &UsedGlyphs) -> String {
    let mut hash = Sha256::new();
    for (_, old) in used.glyphs() {
        hash.update(old.to_be_bytes());
    }
    hash.finalize()
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

/// A hash of every field of the input, for the file identifier.
fn fingerprint(text: &CertificateText) -> [u8; 32] {
    let mut hash = Sha256::new();
    let mut field = |value: Option<&str>| {
        // Length-prefixed, with a marker for `None`, so no two inputs collide by shifting
        // text between fields.
        match value {
            Some(v) => {
                hash.update([1]);
                hash.update((v.len() as u64).to_be_bytes());
                hash.update(v.as_bytes());
            }
            None => hash.update([0]),
        }
    };
    let CertificateText {
        lang,
        document_title,
        issuer,
        title,
        certifies,
        holder_name,
        institution,
        completed,
        course_title,
        details,
        outcomes_heading,
        outcomes,
        english,
        serial,
        code,
        verify_hint,
        verify_url,
        revoked,
    } = text;
    for value in [lang, document_title, issuer, title, certifies, holder_name] {
        field(Some(value));
    }
    field(institution.as_deref());
    field(Some(completed));
    field(Some(course_title));
    field(Some(&details.len().to_string()));
    for detail in details {
        field(Some(detail));
    }
    field(Some(outcomes_heading));
    field(Some(&outcomes.len().to_string()));
    for outcome in outcomes {
        field(Some(outcome));
    }
    field(english.as_deref());
    for value in [serial, code, verify_hint, verify_url] {
        field(Some(value));
    }
    field(revoked.as_deref());
    hash.finalize().into()
}

/// zlib-compresses a stream (`FlateDecode`).
fn compress(data: &[u8]) -> Result<Vec<u8>, PdfError> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(data.len() / 2), Compression::new(6));
    encoder.write_all(data)?;
    Ok(encoder.finish()?)
}
