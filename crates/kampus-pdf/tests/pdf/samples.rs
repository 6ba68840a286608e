//! Realistic certificate texts, as the API would format them from `certificate.ftl`.

use kampus_pdf::CertificateText;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

const URL: &str = "https://kampus.example.org/verify/7K3M-Q9XD-T2WA-B4RN";

/// Macedonian.
pub fn macedonian() -> CertificateText {
    CertificateText {
        lang: "mk".into(),
        document_title: "Сертификат KMP-2026-000123".into(),
        issuer: "Регионален центар за обука за миграции, Пландиште".into(),
        title: "Сертификат за завршена обука".into(),
        certifies: "Со ова се потврдува дека".into(),
        holder_name: "Јована Стојановска".into(),
        institution: Some("Министерство за внатрешни работи на Република Северна Македонија".into()),
        completed: "успешно го заврши курсот".into(),
        course_title: "Одговорно управување со миграциите: заштита на правата на луѓето во движење"
            .into(),
        details: strings(&[
            "40 часа",
            "2 ЕКТС-кредити",
            "ЕРК ниво 6",
            "Завршено на 25 ноември 2026",
            "Завршна проценка: 86 %",
        ]),
        outcomes_heading: "Резултати од учењето".into(),
        outcomes: strings(&[
            "Ги применува меѓународните и националните стандарди за заштита на барателите на азил и мигрантите во секојдневната работа.",
            "Препознава ранливи лица, вклучително деца без придружба и жртви на трговија со луѓе, и ги упатува до соодветните служби.",
            "Води интервју со помош на преведувач, почитувајќи ја доверливоста, родовата чувствителност и културните разлики.",
            "Соработува со граничната полиција, центрите за социјална работа и граѓанските организации во заеднички постапки.",
            "Подготвува точна и навремена документација за секој случај, во согласност со прописите за заштита на личните податоци.",
            "Ги проценува ризиците за безбедноста и здравјето во прифатните центри и предлага мерки за нивно намалување.",
        ]),
        english: Some(
            "Jovana Stojanovska has completed the course “Responsible migration management: protecting the rights of people on the move” (40 hours) on 25 November 2026, issued by Regional Migration Training Centre, Plandište."
                .into(),
        ),
        serial: "Сериски број: KMP-2026-000123".into(),
        code: "Код за проверка: 7K3M-Q9XD-T2WA-B4RN".into(),
        verify_hint: "Проверете го сертификатот на".into(),
        verify_url: URL.into(),
        revoked: None,
    }
}

/// Serbian Cyrillic.
pub fn serbian_cyrillic() -> CertificateText {
    CertificateText {
        lang: "sr-Cyrl".into(),
        document_title: "Сертификат KMP-2026-000124".into(),
        issuer: "Регионални центар за обуку о миграцијама, Пландиште".into(),
        title: "Сертификат о завршеној обуци".into(),
        certifies: "Овим се потврђује да".into(),
        holder_name: "Љубиша Ђорђевић".into(),
        institution: Some("Комесаријат за избеглице и миграције Републике Србије".into()),
        completed: "има успешно завршен курс".into(),
        course_title: "Заштита деце у покрету: идентификација, упућивање и подршка".into(),
        details: strings(&[
            "24 часа",
            "1 ЕСПБ бод",
            "ЕОК ниво 5",
            "Завршено 3. децембра 2026.",
            "Завршна провера знања: 92 %",
        ]),
        outcomes_heading: "Исходи учења".into(),
        outcomes: strings(&[
            "Препознаје знаке угрожености код деце без пратње и одвојене деце и без одлагања обавештава надлежни центар за социјални рад.",
            "Примењује начело најбољег интереса детета у свим поступцима, од првог контакта до проналажења трајног решења.",
            "Обезбеђује да дете добије информације на језику који разуме, уз помоћ преводиоца и културног медијатора.",
            "Води евиденцију у складу са Законом о заштити података о личности и чува поверљивост података о детету.",
        ]),
        english: Some(
            "Ljubiša Đorđević has completed the course “Protection of children on the move: identification, referral and support” (24 hours) on 3 December 2026, issued by Regional Migration Training Centre, Plandište."
                .into(),
        ),
        serial: "Серијски број: KMP-2026-000124".into(),
        code: "Код за проверу: Q9XD-7K3M-B4RN-T2WA".into(),
        verify_hint: "Проверите овај сертификат на адреси".into(),
        verify_url: "https://kampus.example.org/verify/Q9XD-7K3M-B4RN-T2WA".into(),
        revoked: None,
    }
}

/// Albanian.
pub fn albanian() -> CertificateText {
    CertificateText {
        lang: "sq".into(),
        document_title: "Certifikatë KMP-2026-000125".into(),
        issuer: "Qendra Rajonale e Trajnimit për Migracionin, Plandište".into(),
        title: "Certifikatë përfundimi".into(),
        certifies: "Vërtetohet se".into(),
        holder_name: "Ëngjëll Çela".into(),
        institution: Some("Drejtoria e Përgjithshme e Policisë së Shtetit".into()),
        completed: "ka përfunduar me sukses kursin".into(),
        course_title: "Të drejtat e njeriut në menaxhimin e kufirit dhe çështjet e azilit".into(),
        details: strings(&[
            "32 orë",
            "2 kredite ECTS",
            "Niveli 6 i KEK",
            "Përfunduar më 25 nëntor 2026",
            "Vlerësimi përfundimtar: 78 %",
        ]),
        outcomes_heading: "Rezultatet e të nxënit".into(),
        outcomes: strings(&[
            "Zbaton parimin e moskthimit dhe standardet ndërkombëtare gjatë kontrollit të kufirit.",
            "Identifikon personat në nevojë për mbrojtje ndërkombëtare dhe i drejton ata te autoritetet përgjegjëse.",
            "Përdor gjuhë të qartë dhe të kuptueshme kur u shpjegon të drejtat dhe detyrimet shtetasve të huaj.",
            "Bashkëpunon me organizatat e shoqërisë civile për pritjen e sigurt të fëmijëve të pashoqëruar.",
            "Dokumenton çdo rast me saktësi, duke respektuar mbrojtjen e të dhënave personale.",
        ]),
        english: Some(
            "Ëngjëll Çela has completed the course “Human rights in border management and asylum matters” (32 hours) on 25 November 2026, issued by Regional Migration Training Centre, Plandište."
                .into(),
        ),
        serial: "Numri serik: KMP-2026-000125".into(),
        code: "Kodi i verifikimit: B4RN-T2WA-7K3M-Q9XD".into(),
        verify_hint: "Kontrolloni këtë certifikatë në".into(),
        verify_url: "https://kampus.example.org/verify/B4RN-T2WA-7K3M-Q9XD".into(),
        revoked: None,
    }
}

/// Montenegrin, with every extreme at once: a very long name and course title, eight long
/// outcomes, a long issuer and institution.
pub fn very_long() -> CertificateText {
    let outcome = "Primjenjuje međunarodne standarde zaštite izbjeglica i migranata u svakodnevnom radu, \
                   uključujući ś i ź u imenima, čuvajući povjerljivost podataka i dostojanstvo svakog lica";
    CertificateText {
        lang: "cnr".into(),
        document_title: "Sertifikat KMP-2026-009999".into(),
        issuer: "Regionalni centar za obuku o migracijama i zaštiti ljudskih prava osoba u pokretu, \
                 Plandište, u saradnji sa Ministarstvom unutrašnjih poslova Crne Gore"
            .into(),
        title: "Sertifikat o završenoj obuci".into(),
        certifies: "Ovim se potvrđuje da".into(),
        holder_name: "Aleksandra-Katarina Đurđevac Šćepanović Živković-Ćirković Śćekić Źmajević".into(),
        institution: Some(
            "Uprava policije Crne Gore, Sektor granične policije, Odsjek za strance i suzbijanje \
             iregularnih migracija, Regionalni centar granične policije „Jug”, Bar"
                .into(),
        ),
        completed: "ima uspješno završen kurs".into(),
        course_title: "Odgovorno upravljanje migracijama u jugoistočnoj Evropi: zaštita prava djece, \
                       žrtava trgovine ljudima i tražilaca azila u mješovitim migracionim tokovima, \
                       s posebnim osvrtom na saradnju institucija"
            .into(),
        details: strings(&[
            "120 časova",
            "6 ECTS kredita",
            "EKO nivo 7",
            "Završeno 25. novembra 2026.",
            "Završna provjera znanja: 100 %",
        ]),
        outcomes_heading: "Ishodi učenja".into(),
        outcomes: (1..=8).map(|i| format!("{outcome} ({i}).")).collect(),
        english: Some(
            "Aleksandra-Katarina Đurđevac Šćepanović Živković-Ćirković Śćekić Źmajević has completed the course \
             “Responsible migration management in South-East Europe: protecting the rights of children, victims of \
             trafficking and asylum seekers in mixed migration flows, with a focus on inter-agency cooperation” \
             (120 hours) on 25 November 2026, issued by Regional Migration Training Centre, Plandište."
                .into(),
        ),
        serial: "Serijski broj: KMP-2026-009999".into(),
        code: "Kod za provjeru: 7K3M-Q9XD-T2WA-B4RN".into(),
        verify_hint: "Provjerite ovaj sertifikat na adresi".into(),
        verify_url: "https://kampus.example.org/verify/7K3M-Q9XD-T2WA-B4RN?lang=cnr&source=printed-certificate"
            .into(),
        revoked: None,
    }
}

/// The Macedonian sample, revoked.
pub fn revoked() -> CertificateText {
    CertificateText {
        revoked: Some(
            "ПОНИШТЕН на 3 декември 2026: сертификатот е издаден по грешка, курсот не е завршен"
                .into(),
        ),
        ..macedonian()
    }
}
