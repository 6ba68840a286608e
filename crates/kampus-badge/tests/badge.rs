//! Issuing, verifying, tampering, key rotation and revocation, through the public API.

use chrono::{DateTime, TimeZone, Utc};
use kampus_badge::{
    BadgeError, BadgeInput, IssuerKey, KeyRing, MIN_STATUS_LIST_BITS, StatusEntry,
    build_credential, decode_status_list, email_hash, encode_status_list, is_revoked, issue_badge,
    sign_credential, status_bit, status_list_credential, verify,
};
use serde_json::json;

const LIST_URL: &str = "https://kampus.example/api/v1/credentials/status/1";

fn issued_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 14, 9, 30, 0)
        .single()
        .expect("valid date")
}

fn input() -> BadgeInput {
    BadgeInput {
        credential_id: uuid::Uuid::parse_str("0192f0c4-7a3e-7cc1-8d2a-3f5e6b7c8d9e").expect("uuid"),
        issuer_name: "Kampus Training Centre".into(),
        issuer_url: "https://kampus.example/".into(),
        issued_at: issued_at(),
        holder_name: "Јелена Петровић".into(),
        holder_email: " Jelena.Petrovic@Example.org ".into(),
        achievement_id: "https://kampus.example/api/v1/courses/welding-basics".into(),
        course_title: "Основе заваривања".into(),
        description: "Safe MIG/MAG welding of steel plates.".into(),
        learning_outcomes: vec!["Prepares joints.".into(), "Welds fillet joints.".into()],
        hours: 40.0,
        credits: Some(12.5),
        eqf_level: Some(3),
        field_of_study: Some("Welding".into()),
        language: Some("sr-Cyrl".into()),
        status: Some(StatusEntry {
            list_url: LIST_URL.into(),
            index: 7,
        }),
    }
}

fn key() -> IssuerKey {
    IssuerKey::generate().expect("random key")
}

#[test]
fn issued_badge_verifies_and_states_the_certificate() {
    let key = key();
    let badge = issue_badge(&input(), &key).expect("issues");
    let verified = verify(&badge).expect("verifies");
    assert_eq!(verified.issuer, key.did());
    assert_eq!(verified.verification_method, key.verification_method());
    assert_eq!(
        verified.credential_id.as_deref(),
        Some("urn:uuid:0192f0c4-7a3e-7cc1-8d2a-3f5e6b7c8d9e")
    );

    assert_eq!(
        badge["@context"],
        json!([
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ])
    );
    assert_eq!(
        badge["type"],
        json!(["VerifiableCredential", "OpenBadgeCredential"])
    );
    assert_eq!(badge["validFrom"], "2025-03-14T09:30:00Z");
    assert_eq!(badge["issuer"]["id"], key.did());
    assert_eq!(badge["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    let subject = &badge["credentialSubject"];
    assert_eq!(subject["name"], "Јелена Петровић");
    assert_eq!(subject["creditsEarned"], json!(12.5));
    assert_eq!(subject["result"][0]["value"], "40");
    let achievement = &subject["achievement"];
    assert_eq!(achievement["creditsAvailable"], json!(12.5));
    assert_eq!(achievement["alignment"][0]["targetCode"], "3");
    let narrative = achievement["criteria"]["narrative"]
        .as_str()
        .expect("narrative");
    assert!(narrative.contains("(40 hours)"), "{narrative}");
    assert!(
        narrative.contains("\n- Welds fillet joints."),
        "{narrative}"
    );
    assert_eq!(badge["credentialStatus"]["statusListIndex"], "7");

    let email = &subject["identifier"][0];
    assert_eq!(email["hashed"], json!(true));
    let salt = email["salt"].as_str().expect("salt");
    assert_eq!(
        email["identityHash"].as_str().expect("hash"),
        email_hash("jelena.petrovic@example.org", salt)
    );
    let text = badge.to_string().to_lowercase();
    assert!(
        !text.contains("jelena.petrovic@example.org"),
        "clear email in the badge"
    );
}

#[test]
fn any_change_to_a_signed_badge_breaks_the_signature() {
    let badge = issue_badge(&input(), &key()).expect("issues");
    let changes = [
        ("/name", json!("Другачији курс")),
        ("/credentialSubject/achievement/name", json!("Other course")),
        ("/credentialSubject/result/0/value", json!("400")),
        (
            "/credentialSubject/achievement/creditsAvailable",
            json!(12.6),
        ),
        ("/credentialSubject/identifier/0/hashed", json!(false)),
        ("/credentialSubject/name", json!("Марко Марковић")),
        ("/validFrom", json!("2024-03-14T09:30:00Z")),
    ];
    for (pointer, value) in changes {
        let mut tampered = badge.clone();
        *tampered.pointer_mut(pointer).expect("field exists") = value;
        assert!(
            matches!(verify(&tampered), Err(BadgeError::BadSignature)),
            "changed {pointer} still verifies"
        );
    }
    // As in JavaScript, 12.0 and 12 are the same number: rewriting one as the other keeps
    // the signature valid (jsonld.js could not tell them apart either).
    let mut whole = input();
    whole.credits = Some(12.0);
    let mut badge = issue_badge(&whole, &key()).expect("issues");
    assert_eq!(
        badge["credentialSubject"]["creditsEarned"].to_string(),
        "12"
    );
    badge["credentialSubject"]["creditsEarned"] = json!(12.0_f64);
    assert_eq!(
        badge["credentialSubject"]["creditsEarned"].to_string(),
        "12.0"
    );
    verify(&badge).expect("12.0 is 12");
}

#[test]
fn a_badge_signed_by_another_key_or_claiming_another_issuer_fails() {
    let badge = issue_badge(&input(), &key()).expect("issues");
    let other = key();
    let mut swapped = badge.clone();
    swapped["proof"]["verificationMethod"] = json!(other.verification_method());
    swapped["issuer"]["id"] = json!(other.did());
    assert!(matches!(verify(&swapped), Err(BadgeError::BadSignature)));

    let mut claimed = badge;
    claimed["issuer"]["id"] = json!(other.did());
    assert!(verify(&claimed).is_err());

    let unsigned = build_credential(&input(), &other.did(), "salt").expect("builds");
    assert!(matches!(
        sign_credential(&unsigned, &key(), Utc::now()),
        Err(BadgeError::InvalidCredential(_))
    ));
}

#[test]
fn undefined_terms_and_unknown_contexts_are_refused() {
    let key = key();
    let unsigned = build_credential(&input(), &key.did(), "salt").expect("builds");

    // Inside the achievement: JSON-LD would map it to the VC context's catch-all vocabulary.
    let mut nested = unsigned.clone();
    nested["credentialSubject"]["achievement"]["hoursOfStudy"] = json!(40);
    assert!(matches!(
        sign_credential(&nested, &key, Utc::now()),
        Err(BadgeError::UndefinedTerm(_))
    ));

    let mut top = unsigned.clone();
    top["certificateSerial"] = json!("KMP-2025-1");
    assert!(matches!(
        sign_credential(&top, &key, Utc::now()),
        Err(BadgeError::UndefinedTerm(_))
    ));

    let mut typed = unsigned.clone();
    typed["type"] = json!(["VerifiableCredential", "KampusCertificate"]);
    assert!(matches!(
        sign_credential(&typed, &key, Utc::now()),
        Err(BadgeError::UndefinedTerm(_))
    ));

    let mut relative = unsigned.clone();
    relative["credentialSubject"]["achievement"]["id"] = json!("courses/1");
    assert!(matches!(
        sign_credential(&relative, &key, Utc::now()),
        Err(BadgeError::UndefinedTerm(_))
    ));

    let mut remote = unsigned.clone();
    remote["@context"] = json!([
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"
    ]);
    assert!(matches!(
        sign_credential(&remote, &key, Utc::now()),
        Err(BadgeError::UnknownContext(url)) if url.ends_with("context-3.0.1.json")
    ));

    sign_credential(&unsigned, &key, Utc::now()).expect("the unchanged credential signs");
}

#[test]
fn invalid_input_is_refused() {
    let key = key();
    let mut negative = input();
    negative.hours = -1.0;
    assert!(matches!(
        issue_badge(&negative, &key),
        Err(BadgeError::InvalidInput(_))
    ));
    let mut relative = input();
    relative.achievement_id = "/api/v1/courses/1".into();
    assert!(matches!(
        issue_badge(&relative, &key),
        Err(BadgeError::InvalidInput(_))
    ));
    let mut level = input();
    level.eqf_level = Some(9);
    assert!(matches!(
        issue_badge(&level, &key),
        Err(BadgeError::InvalidInput(_))
    ));
}

#[test]
fn minimal_badge_without_optional_facts_verifies() {
    let mut minimal = input();
    minimal.credits = None;
    minimal.eqf_level = None;
    minimal.field_of_study = None;
    minimal.language = None;
    minimal.status = None;
    minimal.learning_outcomes.clear();
    minimal.hours = 7.5;
    let badge = issue_badge(&minimal, &key()).expect("issues");
    verify(&badge).expect("verifies");
    assert_eq!(badge["credentialSubject"]["result"][0]["value"], "7.5");
    assert!(badge.get("credentialStatus").is_none());
}

#[test]
fn key_ring_creates_loads_and_rotates_keeping_old_keys_verifying() {
    let folder = tempfile::tempdir().expect("temp dir");
    let dir = folder.path().join("keys");
    let first = KeyRing::load_or_create(&dir).expect("creates");
    assert_eq!(first.keys().len(), 1);
    let old_key = first.active().clone();
    assert!(old_key.did().starts_with("did:key:z6Mk"));
    let old_badge = issue_badge(&input(), &old_key).expect("issues");

    let again = KeyRing::load_or_create(&dir).expect("loads");
    assert_eq!(
        again.active().did(),
        old_key.did(),
        "a second start keeps the key"
    );

    let rotated = KeyRing::rotate(&dir).expect("rotates");
    assert_eq!(rotated.keys().len(), 2);
    assert_ne!(rotated.active().did(), old_key.did());
    assert_eq!(rotated.keys()[0].did(), old_key.did(), "oldest first");
    let reloaded = KeyRing::load_or_create(&dir).expect("loads");
    assert_eq!(reloaded.active().did(), rotated.active().did());

    let new_badge = issue_badge(&input(), reloaded.active()).expect("issues");
    assert_eq!(
        verify(&new_badge).expect("verifies").issuer,
        reloaded.active().did()
    );
    assert_eq!(
        verify(&old_badge).expect("old badge verifies").issuer,
        old_key.did()
    );
    let method = old_badge["proof"]["verificationMethod"]
        .as_str()
        .expect("method");
    assert_eq!(
        reloaded.find(method).map(IssuerKey::did),
        Some(old_key.did())
    );
    assert!(reloaded.find("did:key:z6MkUnknown").is_none());
    assert_eq!(
        reloaded.active().did_document()["assertionMethod"][0],
        json!(reloaded.active().verification_method())
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let files: Vec<_> = std::fs::read_dir(&dir)
            .expect("lists")
            .map(|entry| entry.expect("entry").path())
            .collect();
        assert_eq!(files.len(), 2, "no temporary files left: {files:?}");
        for file in &files {
            let mode = std::fs::metadata(file)
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{}", file.display());
        }
        std::fs::set_permissions(&files[0], std::fs::Permissions::from_mode(0o644)).expect("chmod");
        assert!(matches!(
            KeyRing::load_or_create(&dir),
            Err(BadgeError::KeyFile { .. })
        ));
    }
}

#[test]
fn status_list_bits_round_trip() {
    let encoded = encode_status_list(&[0, 9, 131_071]).expect("encodes");
    assert!(encoded.starts_with('u'));
    let bits = decode_status_list(&encoded).expect("decodes");
    assert_eq!(bits.len() as u64 * 8, MIN_STATUS_LIST_BITS);
    assert_eq!(
        bits[0], 0x80,
        "bit 0 is the most significant bit of the first byte"
    );
    assert_eq!(bits[1], 0x40);
    assert_eq!(bits[16_383], 0x01);
    for (index, set) in [
        (0, true),
        (1, false),
        (9, true),
        (10, false),
        (131_071, true),
    ] {
        assert_eq!(
            status_bit(&encoded, index).expect("reads"),
            set,
            "bit {index}"
        );
    }
    assert!(status_bit(&encoded, 131_072).is_err());

    let larger = encode_status_list(&[200_000]).expect("grows");
    assert!(status_bit(&larger, 200_000).expect("reads"));
    assert!(encode_status_list(&[u64::MAX]).is_err());
    assert!(decode_status_list("not multibase").is_err());
}

#[test]
fn status_list_credential_revokes_exactly_its_bits() {
    let key = key();
    let list = status_list_credential(LIST_URL, &key, &[3, 42], issued_at()).expect("signs");
    assert_eq!(
        list["type"],
        json!(["VerifiableCredential", "BitstringStatusListCredential"])
    );
    assert_eq!(list["credentialSubject"]["id"], format!("{LIST_URL}#list"));
    assert_eq!(verify(&list).expect("verifies").issuer, key.did());

    let kept = issue_badge(&input(), &key).expect("issues");
    assert!(!is_revoked(&kept, &list).expect("reads"));
    let mut revoked_input = input();
    revoked_input.status = Some(StatusEntry {
        list_url: LIST_URL.into(),
        index: 42,
    });
    let revoked = issue_badge(&revoked_input, &key).expect("issues");
    assert!(is_revoked(&revoked, &list).expect("reads"));

    let mut forged = list.clone();
    forged["credentialSubject"]["encodedList"] = json!(encode_status_list(&[]).expect("encodes"));
    assert!(
        is_revoked(&revoked, &forged).is_err(),
        "an altered list is not trusted"
    );

    let other_issuer =
        status_list_credential(LIST_URL, &self::key(), &[], issued_at()).expect("signs");
    assert!(
        is_revoked(&revoked, &other_issuer).is_err(),
        "lists of other issuers are refused"
    );
}
