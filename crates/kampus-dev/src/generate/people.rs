//! Who the generated learners are: the region's countries with their institutions, the
//! languages their staff choose, and names in the script each language is written in.
//!
//! Names are common ones of each language. Serbian names are kept in Cyrillic (the Latin form
//! is derived exactly); Macedonian in Cyrillic with their Latin transliteration for learners
//! who chose English; Bosnian, Croatian and Albanian in Latin, with č ć đ š ž and ë ç.

use kampus_content::Locale;

use super::rng::Rng;
use kampus_store::institutions::InstitutionKind;
use kampus_store::users::Gender;

/// A country the generator knows: its share of learners, its institutions and the
/// interface languages of its staff.
#[derive(Debug)]
pub(crate) struct Country {
    pub code: &'static str,
    /// Relative share of learners.
    pub weight: u32,
    /// Interface languages chosen, with their weights.
    pub locales: &'static [(Locale, u32)],
    /// The names of people who chose English.
    pub english_names: Names,
    pub institutions: &'static [(&'static str, InstitutionKind, &'static str)],
    /// For the regional offices, when more institutions are asked for than listed.
    pub cities: &'static [&'static str],
}

use InstitutionKind::{
    AsylumAgency, BorderPolice, InternationalOrganisation, Ministry, Police, RefugeeAgency,
    TrainingCentre,
};
use Locale::{Bs, Cnr, En, Hr, Mk, Sq, SrCyrl, SrLatn};

/// The seven of the region, in the order of the centre's reports.
pub(crate) const COUNTRIES: [Country; 7] = [
    Country {
        code: "BA",
        weight: 22,
        locales: &[(Bs, 68), (SrLatn, 12), (SrCyrl, 5), (Hr, 7), (En, 8)],
        english_names: Names::Bosnian,
        institutions: &[
            (
                "Ministarstvo sigurnosti Bosne i Hercegovine",
                Ministry,
                "msb.gov.ba",
            ),
            (
                "Ministarstvo za ljudska prava i izbjeglice Bosne i Hercegovine",
                Ministry,
                "mhrr.gov.ba",
            ),
            (
                "Granična policija Bosne i Hercegovine",
                BorderPolice,
                "granpol.gov.ba",
            ),
            ("Služba za poslove sa strancima", Police, "sps.gov.ba"),
            (
                "Sektor za azil Ministarstva sigurnosti",
                AsylumAgency,
                "msb.gov.ba",
            ),
            (
                "Međunarodna organizacija za migracije, misija u BiH",
                InternationalOrganisation,
                "iom.int",
            ),
        ],
        cities: &[
            "Sarajevo",
            "Banja Luka",
            "Mostar",
            "Tuzla",
            "Bihać",
            "Zenica",
        ],
    },
    Country {
        code: "RS",
        weight: 24,
        locales: &[(SrCyrl, 40), (SrLatn, 50), (En, 10)],
        english_names: Names::Serbian,
        institutions: &[
            (
                "Комесаријат за избеглице и миграције Републике Србије",
                RefugeeAgency,
                "kirs.gov.rs",
            ),
            (
                "Министарство унутрашњих послова Републике Србије",
                Ministry,
                "mup.gov.rs",
            ),
            ("Управа граничне полиције", BorderPolice, "mup.gov.rs"),
            ("Канцеларија за азил", AsylumAgency, "mup.gov.rs"),
            (
                "Регионални центар за обуку у области миграција, Пландиште",
                TrainingCentre,
                "kirs.gov.rs",
            ),
            (
                "Министарство за рад, запошљавање, борачка и социјална питања",
                Ministry,
                "minrzs.gov.rs",
            ),
        ],
        cities: &["Београд", "Нови Сад", "Ниш", "Суботица", "Прешево", "Шид"],
    },
    Country {
        code: "ME",
        weight: 8,
        locales: &[(Cnr, 55), (SrLatn, 30), (SrCyrl, 5), (En, 10)],
        english_names: Names::Serbian,
        institutions: &[
            (
                "Ministarstvo unutrašnjih poslova Crne Gore",
                Ministry,
                "mup.gov.me",
            ),
            (
                "Uprava policije, Sektor granične policije",
                BorderPolice,
                "policija.me",
            ),
            ("Direkcija za azil", AsylumAgency, "mup.gov.me"),
            (
                "Ministarstvo ljudskih i manjinskih prava",
                Ministry,
                "mmp.gov.me",
            ),
            ("Uprava policije Crne Gore", Police, "policija.me"),
        ],
        cities: &["Podgorica", "Bar", "Nikšić", "Bijelo Polje", "Herceg Novi"],
    },
    Country {
        code: "MK",
        weight: 14,
        locales: &[(Mk, 80), (Sq, 12), (En, 8)],
        english_names: Names::Macedonian,
        institutions: &[
            (
                "Министерство за внатрешни работи на Република Северна Македонија",
                Ministry,
                "mvr.gov.mk",
            ),
            (
                "Сектор за гранични работи и миграции",
                BorderPolice,
                "mvr.gov.mk",
            ),
            ("Сектор за азил", AsylumAgency, "mvr.gov.mk"),
            (
                "Министерство за социјална политика, демографија и млади",
                Ministry,
                "mtsp.gov.mk",
            ),
            ("Биро за јавна безбедност", Police, "mvr.gov.mk"),
        ],
        cities: &["Скопје", "Куманово", "Гевгелија", "Битола", "Тетово"],
    },
    Country {
        code: "AL",
        weight: 12,
        locales: &[(Sq, 88), (En, 12)],
        english_names: Names::Albanian,
        institutions: &[
            ("Ministria e Brendshme", Ministry, "mb.gov.al"),
            (
                "Policia e Shtetit, Departamenti i Policisë Kufitare dhe Migracionit",
                BorderPolice,
                "asp.gov.al",
            ),
            (
                "Drejtoria për Shtetësinë dhe Azilin",
                AsylumAgency,
                "mb.gov.al",
            ),
            ("Policia e Shtetit", Police, "asp.gov.al"),
            (
                "Ministria për Evropën dhe Punët e Jashtme",
                Ministry,
                "punetejashtme.gov.al",
            ),
        ],
        cities: &["Tiranë", "Durrës", "Shkodër", "Korçë", "Kakavijë"],
    },
    Country {
        code: "XK",
        weight: 11,
        locales: &[(Sq, 82), (SrLatn, 6), (En, 12)],
        english_names: Names::Albanian,
        institutions: &[
            (
                "Ministria e Punëve të Brendshme",
                Ministry,
                "mpb.rks-gov.net",
            ),
            (
                "Policia e Kosovës, Policia Kufitare",
                BorderPolice,
                "kosovopolice.com",
            ),
            (
                "Departamenti për Shtetësi, Azil dhe Migrim",
                AsylumAgency,
                "rks-gov.net",
            ),
            ("Policia e Kosovës", Police, "kosovopolice.com"),
            ("Ministria e Drejtësisë", Ministry, "md.rks-gov.net"),
        ],
        cities: &["Prishtinë", "Prizren", "Pejë", "Gjilan", "Mitrovicë"],
    },
    Country {
        code: "HR",
        weight: 9,
        locales: &[(Hr, 90), (En, 10)],
        english_names: Names::Croatian,
        institutions: &[
            (
                "Ministarstvo unutarnjih poslova Republike Hrvatske",
                Ministry,
                "mup.hr",
            ),
            (
                "Ravnateljstvo policije, Uprava za granicu",
                BorderPolice,
                "mup.hr",
            ),
            (
                "Služba za prihvat i smještaj tražitelja međunarodne zaštite",
                AsylumAgency,
                "mup.hr",
            ),
            ("Policijska akademija", TrainingCentre, "mup.hr"),
            (
                "Ministarstvo rada, mirovinskoga sustava, obitelji i socijalne politike",
                Ministry,
                "mrosp.hr",
            ),
        ],
        cities: &["Zagreb", "Split", "Rijeka", "Osijek", "Bajakovo"],
    },
];

pub(crate) fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code == code)
}

/// Self-reported gender: slightly more women than men among the staff trained, a few who
/// prefer not to say or another answer, and some who never said (`None`).
pub(crate) fn gender(rng: &mut Rng) -> Option<Gender> {
    const GENDERS: [Option<Gender>; 5] = [
        Some(Gender::Female),
        Some(Gender::Male),
        Some(Gender::Other),
        Some(Gender::PreferNotToSay),
        None,
    ];
    GENDERS[rng.weighted(&[52, 42, 1, 2, 3])]
}

/// Which name lists a person's name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Names {
    Serbian,
    Bosnian,
    Croatian,
    Macedonian,
    Albanian,
}

/// Whose names people who chose a locale have.
const NAMES_BY_LOCALE: [(Locale, Names); 7] = [
    (Locale::Sq, Names::Albanian),
    (Locale::Mk, Names::Macedonian),
    (Locale::Bs, Names::Bosnian),
    (Locale::Hr, Names::Croatian),
    (Locale::SrCyrl, Names::Serbian),
    (Locale::SrLatn, Names::Serbian),
    (Locale::Cnr, Names::Serbian),
];

impl Names {
    /// The names of someone from `country` who chose `locale`.
    pub(crate) fn of(country: &Country, locale: Locale) -> Names {
        // A locale without names of its own (English, or one added later) takes the
        // country's usual names.
        NAMES_BY_LOCALE
            .iter()
            .find(|(l, _)| *l == locale)
            .map_or(country.english_names, |(_, names)| *names)
    }

    fn lists(
        self,
    ) -> (
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    ) {
        match self {
            Names::Serbian => (SERBIAN_F, SERBIAN_M, SERBIAN_SURNAMES),
            Names::Bosnian => (BOSNIAN_F, BOSNIAN_M, BOSNIAN_SURNAMES),
            Names::Croatian => (CROATIAN_F, CROATIAN_M, CROATIAN_SURNAMES),
            Names::Macedonian => (MACEDONIAN_F, MACEDONIAN_M, MACEDONIAN_SURNAMES),
            Names::Albanian => (ALBANIAN_F, ALBANIAN_M, ALBANIAN_SURNAMES),
        }
    }
}

/// A person's name as displayed (in the script of their language) and in Latin letters
/// (for the email address).
#[derive(Debug, Clone)]
pub(crate) struct PersonName {
    pub display: String,
    pub latin: String,
}

/// A name for someone of `names`, in Cyrillic when `cyrillic` (Serbian and Macedonian only).
pub(crate) fn name(
    rng: &mut Rng,
    names: Names,
    gender: Option<Gender>,
    cyrillic: bool,
) -> PersonName {
    let (women, men, surnames) = names.lists();
    let female = match gender {
        Some(Gender::Female) => true,
        Some(Gender::Male) => false,
        _ => rng.chance(0.5),
    };
    let first = rng.pick(if female { women } else { men });
    let surname = *rng.pick(surnames);
    let surname = if female && names == Names::Macedonian {
        feminine_macedonian(surname)
    } else {
        surname.to_owned()
    };
    let written = format!("{first} {surname}");
    let latin = match names {
        Names::Serbian => kampus_content::translit::cyrillic_to_latin(&written).into_owned(),
        Names::Macedonian => macedonian_to_latin(&written),
        _ => written.clone(),
    };
    let cyrillic_script = matches!(names, Names::Serbian | Names::Macedonian) && cyrillic;
    PersonName {
        display: if cyrillic_script {
            written
        } else {
            latin.clone()
        },
        latin,
    }
}

/// Macedonian surnames agree with gender: Стојановски → Стојановска, Костов → Костова.
fn feminine_macedonian(surname: &str) -> String {
    if let Some(stem) = surname.strip_suffix("ски") {
        format!("{stem}ска")
    } else if surname.ends_with("ов") || surname.ends_with("ев") {
        format!("{surname}а")
    } else {
        surname.to_owned()
    }
}

/// The official romanization of Macedonian (as on passports).
fn macedonian_to_latin(text: &str) -> String {
    const CYRILLIC: &str = "абвгдѓежзѕијклљмнњопрстќуфхцчџш";
    const LATIN: &str = "a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh";
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let Some(latin) = CYRILLIC
            .chars()
            .position(|k| k == lower)
            .and_then(|i| LATIN.split(' ').nth(i))
        else {
            out.push(c);
            continue;
        };
        if c == lower {
            out.push_str(latin);
        } else {
            let mut letters = latin.chars();
            out.extend(letters.next().map(|l| l.to_ascii_uppercase()));
            out.extend(letters);
        }
    }
    out
}

/// The local part of an email address from a Latin name: `ana.petrovic`.
pub(crate) fn email_local(latin: &str) -> String {
    let mut out = String::with_capacity(latin.len());
    for c in latin.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            ' ' | '-' => out.push('.'),
            'č' | 'ć' | 'ç' => out.push('c'),
            'š' => out.push('s'),
            'ž' => out.push('z'),
            'đ' => out.push_str("dj"),
            'ë' => out.push('e'),
            _ => {}
        }
    }
    out
}

const SERBIAN_F: &[&str] = &[
    "Марија",
    "Јелена",
    "Ана",
    "Милица",
    "Драгана",
    "Ивана",
    "Снежана",
    "Тамара",
    "Јована",
    "Катарина",
    "Зорана",
    "Мирјана",
    "Невена",
    "Сања",
    "Биљана",
    "Теодора",
];
const SERBIAN_M: &[&str] = &[
    "Марко",
    "Никола",
    "Милош",
    "Стефан",
    "Душан",
    "Ненад",
    "Дејан",
    "Александар",
    "Зоран",
    "Владимир",
    "Небојша",
    "Бранко",
    "Горан",
    "Лазар",
    "Милан",
    "Петар",
];
const SERBIAN_SURNAMES: &[&str] = &[
    "Јовановић",
    "Петровић",
    "Николић",
    "Марковић",
    "Ђорђевић",
    "Стојановић",
    "Илић",
    "Станковић",
    "Павловић",
    "Милошевић",
    "Поповић",
    "Тодоровић",
    "Вуковић",
    "Радовић",
    "Лазић",
    "Костић",
    "Булатовић",
    "Вујошевић",
    "Радуловић",
    "Жарковић",
];
const BOSNIAN_F: &[&str] = &[
    "Amra", "Lejla", "Emina", "Selma", "Aida", "Merima", "Ajla", "Amela", "Jasmina", "Naida",
    "Sabina", "Adna", "Dženana", "Šejla",
];
const BOSNIAN_M: &[&str] = &[
    "Emir", "Adnan", "Haris", "Kenan", "Amer", "Mirza", "Tarik", "Edin", "Senad", "Almir",
    "Nermin", "Jasmin", "Dženan", "Ćamil",
];
const BOSNIAN_SURNAMES: &[&str] = &[
    "Hodžić",
    "Hadžić",
    "Begić",
    "Delić",
    "Mehmedović",
    "Kovačević",
    "Salihović",
    "Husić",
    "Omerović",
    "Šehić",
    "Mujić",
    "Alić",
    "Čaušević",
    "Hasanović",
    "Đulić",
];
const CROATIAN_F: &[&str] = &[
    "Ivana", "Ana", "Petra", "Marija", "Lucija", "Katarina", "Martina", "Nikolina", "Maja",
    "Kristina", "Iva", "Sanja", "Željka",
];
const CROATIAN_M: &[&str] = &[
    "Ivan",
    "Luka",
    "Marko",
    "Josip",
    "Tomislav",
    "Ante",
    "Mario",
    "Krešimir",
    "Davor",
    "Hrvoje",
    "Matej",
    "Dario",
    "Željko",
];
const CROATIAN_SURNAMES: &[&str] = &[
    "Horvat",
    "Kovačević",
    "Babić",
    "Marić",
    "Jurić",
    "Novak",
    "Knežević",
    "Vuković",
    "Marković",
    "Perić",
    "Tomić",
    "Pavić",
    "Šimić",
    "Božić",
    "Grgić",
];
const MACEDONIAN_F: &[&str] = &[
    "Елена",
    "Ана",
    "Марија",
    "Ивана",
    "Катерина",
    "Александра",
    "Весна",
    "Снежана",
    "Благица",
    "Маја",
    "Сашка",
    "Јасмина",
    "Симона",
    "Горица",
];
const MACEDONIAN_M: &[&str] = &[
    "Александар",
    "Никола",
    "Стефан",
    "Горан",
    "Дејан",
    "Игор",
    "Бојан",
    "Златко",
    "Владимир",
    "Ѓорѓи",
    "Кире",
    "Трајче",
    "Филип",
    "Бранко",
];
const MACEDONIAN_SURNAMES: &[&str] = &[
    "Стојановски",
    "Петровски",
    "Николовски",
    "Трајковски",
    "Димитровски",
    "Јовановски",
    "Илиевски",
    "Ристовски",
    "Андоновски",
    "Костов",
    "Георгиев",
    "Митев",
    "Ангелов",
    "Стојанов",
    "Велков",
    "Ѓоргиев",
];
const ALBANIAN_F: &[&str] = &[
    "Arta", "Elira", "Blerina", "Drita", "Vjosa", "Ermira", "Anila", "Mimoza", "Besa", "Lindita",
    "Albana", "Fjolla", "Teuta", "Donika", "Rëndina",
];
const ALBANIAN_M: &[&str] = &[
    "Arben", "Besnik", "Ardit", "Dritan", "Gentian", "Ilir", "Fatmir", "Agron", "Blerim", "Valon",
    "Endrit", "Kreshnik", "Ermal", "Genc", "Çlirim",
];
const ALBANIAN_SURNAMES: &[&str] = &[
    "Hoxha", "Krasniqi", "Berisha", "Shehu", "Gashi", "Kelmendi", "Dervishi", "Leka", "Morina",
    "Çela", "Shala", "Bytyqi", "Hasani", "Ahmeti", "Ymeri", "Gjokaj", "Përmeti", "Dërmaku",
];

/// Survey comments in English.
const ENGLISH_COMMENTS: &[&str] = &[
    "Very useful for my daily work at the border crossing.",
    "More case studies from the region, please.",
    "The module on readmission was the most relevant for me.",
];

/// Survey comments in the languages of the region, by the locales that write them.
const COMMENTS: &[(&[Locale], &[&str])] = &[
    (
        &[Locale::SrLatn, Locale::SrCyrl, Locale::Cnr],
        &[
            "Veoma korisno za moj svakodnevni rad.",
            "Bilo bi dobro imati više primera iz prakse u regionu.",
            "Test je bio zahtevan, ali pošten.",
        ],
    ),
    (
        &[Locale::Bs],
        &[
            "Vrlo korisno za moj svakodnevni rad.",
            "Više primjera iz prakse u regiji, molim.",
            "Modul o readmisiji mi je bio najkorisniji.",
        ],
    ),
    (
        &[Locale::Hr],
        &[
            "Vrlo korisno za moj svakodnevni rad.",
            "Više primjera iz prakse u regiji, molim.",
            "Završni ispit bio je zahtjevan, ali pošten.",
        ],
    ),
    (
        &[Locale::Mk],
        &[
            "Многу корисно за мојата секојдневна работа.",
            "Повеќе примери од практиката во регионот.",
            "Некои прашања во тестот беа нејасно преведени.",
        ],
    ),
    (
        &[Locale::Sq],
        &[
            "Shumë e dobishme për punën time të përditshme.",
            "Më shumë raste praktike nga rajoni, ju lutem.",
            "Moduli për ripranimin ishte më i dobishmi për mua.",
        ],
    ),
];

/// Occasional free-text survey comments, by language.
pub(crate) fn comment(rng: &mut Rng, locale: Locale) -> String {
    let options = COMMENTS
        .iter()
        .find(|(locales, _)| locales.contains(&locale))
        // A locale without comments of its own (one added later) comments in English.
        .map_or(ENGLISH_COMMENTS, |(_, options)| *options);
    let text = *rng.pick(options);
    if locale == Locale::SrCyrl {
        kampus_content::translit::latin_to_cyrillic(text)
            .map_or_else(|| text.to_owned(), std::borrow::Cow::into_owned)
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_script_and_gender() {
        let mut rng = Rng::stream(3, 0, 0);
        let mk = name(&mut rng, Names::Macedonian, Some(Gender::Female), true);
        assert!(
            mk.display
                .chars()
                .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        );
        assert!(mk.latin.is_ascii(), "{}", mk.latin);
        assert!(!mk.display.ends_with("ски"), "{}", mk.display);
        let sr = name(&mut rng, Names::Serbian, Some(Gender::Male), false);
        assert_eq!(sr.display, sr.latin);
        assert!(
            !sr.display
                .chars()
                .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        );
        assert_eq!(
            email_local("Đorđe Čaušević-Hoxha Ë"),
            "djordje.causevic.hoxha.e"
        );
    }
}
