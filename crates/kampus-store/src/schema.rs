//! The diesel schema, written to match `migrations/` (identical on both backends).

diesel::table! {
    institutions (id) {
        id -> Text,
        name -> Text,
        country_code -> Text,
        kind -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        preferred_locale -> Text,
        role -> Text,
        institution_id -> Nullable<Text>,
        password_hash -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        gender -> Nullable<Text>,
        email_verified_at -> Nullable<Timestamp>,
        deactivated_at -> Nullable<Timestamp>,
        sessions_valid_after -> Nullable<Timestamp>,
    }
}

diesel::table! {
    trainer_institutions (trainer_id, institution_id) {
        trainer_id -> Text,
        institution_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        recipient -> Text,
        locale -> Text,
        template -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        certificate_id -> Nullable<Text>,
    }
}

diesel::joinable!(users -> institutions (institution_id));
diesel::joinable!(trainer_institutions -> institutions (institution_id));
diesel::joinable!(trainer_institutions -> users (trainer_id));

diesel::table! {
    invitations (id) {
        id -> Text,
        code_hash -> Text,
        institution_id -> Nullable<Text>,
        email -> Nullable<Text>,
        role -> Text,
        created_by -> Nullable<Text>,
        expires_at -> Timestamp,
        max_uses -> Integer,
        uses -> Integer,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    user_tokens (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        purpose -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    refresh_tokens (token_hash) {
        token_hash -> Text,
        family_id -> Text,
        user_id -> Text,
        expires_at -> Timestamp,
        rotated_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rate_limits (bucket) {
        bucket -> Text,
        window_start -> Timestamp,
        hits -> Integer,
    }
}

diesel::table! {
    browser_sessions (token_hash) {
        token_hash -> Text,
        family_id -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::joinable!(browser_sessions -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    browser_sessions,
    institutions,
    users,
    trainer_institutions,
    outbox,
    invitations,
    user_tokens,
    refresh_tokens,
    rate_limits,
);

diesel::table! {
    enrollments (id) {
        id -> Text,
        user_id -> Text,
        course_id -> Text,
        status -> Text,
        enrolled_at -> Timestamp,
        withdrawn_at -> Nullable<Timestamp>,
        completed_at -> Nullable<Timestamp>,
        last_lesson_id -> Nullable<Text>,
        updated_at -> Timestamp,
        time_counted_until -> Nullable<Timestamp>,
    }
}

diesel::joinable!(enrollments -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(enrollments, users);
diesel::allow_tables_to_appear_in_same_query!(lesson_progress, progress_events);

diesel::table! {
    progress_events (event_id) {
        event_id -> Text,
        enrollment_id -> Text,
        kind -> Text,
        lesson_id -> Text,
        occurred_at -> Timestamp,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    lesson_progress (enrollment_id, lesson_id) {
        enrollment_id -> Text,
        lesson_id -> Text,
        first_viewed_at -> Timestamp,
        completed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    attempts (id) {
        id -> Text,
        enrollment_id -> Text,
        assessment_id -> Text,
        number -> Integer,
        paper -> Text,
        answers -> Text,
        started_at -> Timestamp,
        deadline_at -> Nullable<Timestamp>,
        submitted_at -> Nullable<Timestamp>,
        percent -> Nullable<Double>,
        passed -> Nullable<Bool>,
        result -> Nullable<Text>,
    }
}

diesel::joinable!(attempts -> enrollments (enrollment_id));
diesel::allow_tables_to_appear_in_same_query!(attempts, enrollments);

diesel::table! {
    survey_responses (enrollment_id) {
        enrollment_id -> Text,
        answers -> Text,
        submitted_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    completions (enrollment_id) {
        enrollment_id -> Text,
        user_id -> Text,
        course_id -> Text,
        completed_at -> Timestamp,
    }
}

diesel::table! {
    time_on_task (enrollment_id, lesson_id) {
        enrollment_id -> Text,
        lesson_id -> Text,
        seconds -> BigInt,
        last_heartbeat_at -> Timestamp,
    }
}

diesel::joinable!(time_on_task -> enrollments (enrollment_id));
diesel::allow_tables_to_appear_in_same_query!(time_on_task, enrollments);

diesel::table! {
    certificates (id) {
        id -> Text,
        enrollment_id -> Text,
        user_id -> Text,
        course_id -> Text,
        serial -> Text,
        year -> Integer,
        sequence -> Integer,
        verification_code -> Text,
        snapshot -> Text,
        issued_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revocation_reason -> Nullable<Text>,
        replaced_by -> Nullable<Text>,
        status_index -> Integer,
        credential -> Nullable<Text>,
    }
}

diesel::table! {
    certificate_events (id) {
        id -> Text,
        certificate_id -> Text,
        action -> Text,
        actor_id -> Nullable<Text>,
        reason -> Text,
        at -> Timestamp,
    }
}

// Admins find certificates by their holders' names and emails.
diesel::allow_tables_to_appear_in_same_query!(certificates, users);

diesel::table! {
    report_finals (course_id) {
        course_id -> Text,
        assessment_id -> Text,
        pre_test_id -> Nullable<Text>,
    }
}

diesel::table! {
    report_enrollments (enrollment_id) {
        enrollment_id -> Text,
        user_id -> Text,
        course_id -> Text,
        learner -> Bool,
        locale -> Text,
        institution_id -> Nullable<Text>,
        country_code -> Nullable<Text>,
        gender -> Nullable<Text>,
        enrolled_at -> Timestamp,
        withdrawn -> Bool,
        started -> Bool,
        completed_at -> Nullable<Timestamp>,
        days_to_complete -> Nullable<Double>,
        final_taken -> Bool,
        final_passed -> Bool,
        pre_percent -> Nullable<Double>,
        post_percent -> Nullable<Double>,
        certified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    report_completion_cells (course_id, locale, institution_id, country_code, gender, month) {
        course_id -> Text,
        locale -> Text,
        institution_id -> Text,
        country_code -> Text,
        gender -> Text,
        month -> Text,
        enrolled -> BigInt,
        started -> BigInt,
        completed -> BigInt,
        withdrawn -> BigInt,
        final_takers -> BigInt,
        final_passers -> BigInt,
        completion_days -> Text,
        gain_learners -> BigInt,
        pre_sum -> BigInt,
        post_sum -> BigInt,
        gain_g_sum -> BigInt,
        gain_at_ceiling -> BigInt,
    }
}

diesel::table! {
    report_attempts (attempt_id) {
        course_id -> Text,
        assessment_id -> Text,
        attempt_id -> Text,
        user_id -> Text,
        learner -> Bool,
        locale -> Text,
        institution_id -> Nullable<Text>,
        country_code -> Nullable<Text>,
        gender -> Nullable<Text>,
        submitted_at -> Timestamp,
        percent -> Nullable<Double>,
        passed -> Nullable<Bool>,
        answers -> Text,
        result -> Text,
    }
}

diesel::table! {
    content_versions (id) {
        id -> Text,
        course_id -> Text,
        number -> Integer,
        content_hash -> Text,
        bundle -> Binary,
        report -> Text,
        source -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    content_publications (course_id) {
        course_id -> Text,
        version_id -> Text,
        published_by -> Nullable<Text>,
        published_at -> Timestamp,
    }
}

diesel::table! {
    content_revision (id) {
        id -> Integer,
        revision -> BigInt,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_id -> Nullable<Text>,
        action -> Text,
        subject -> Text,
        details -> Text,
    }
}

diesel::joinable!(content_publications -> content_versions (version_id));
diesel::allow_tables_to_appear_in_same_query!(content_publications, content_versions);

diesel::table! {
    report_markers (name) {
        name -> Text,
    }
}

diesel::table! {
    report_item_cells (course_id, assessment_id, locale, institution_id) {
        course_id -> Text,
        assessment_id -> Text,
        locale -> Text,
        institution_id -> Text,
        attempts -> BigInt,
        learners -> BigInt,
        percents -> BigInt,
        percent_sum -> Double,
        judged -> BigInt,
        passed -> BigInt,
        unreadable -> BigInt,
        questions -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(report_attempts, attempts);
diesel::allow_tables_to_appear_in_same_query!(report_attempts, enrollments);
diesel::allow_tables_to_appear_in_same_query!(attempts, users);
diesel::allow_tables_to_appear_in_same_query!(attempts, institutions);
diesel::allow_tables_to_appear_in_same_query!(enrollments, institutions);
diesel::allow_tables_to_appear_in_same_query!(report_attempts, users);
diesel::allow_tables_to_appear_in_same_query!(report_attempts, institutions);

diesel::table! {
    xapi_statements (seq) {
        seq -> BigInt,
        id -> Text,
        stored -> Timestamp,
        verb_id -> Text,
        registration -> Nullable<Text>,
        refers_to -> Nullable<Text>,
        voids -> Nullable<Text>,
        voided -> Bool,
        credential_key -> Nullable<Text>,
        user_id -> Nullable<Text>,
        statement -> Text,
    }
}

diesel::table! {
    xapi_statement_agents (agent_key, direct, seq) {
        seq -> BigInt,
        agent_key -> Text,
        direct -> Bool,
    }
}

diesel::table! {
    xapi_statement_activities (activity_id, direct, seq) {
        seq -> BigInt,
        activity_id -> Text,
        direct -> Bool,
    }
}

diesel::table! {
    xapi_statement_inherited (seq, verb_id) {
        seq -> BigInt,
        verb_id -> Text,
        registration -> Nullable<Text>,
    }
}

diesel::table! {
    xapi_attachments (sha2) {
        sha2 -> Text,
        content_type -> Text,
        contents -> Binary,
    }
}

diesel::table! {
    xapi_activities (id) {
        id -> Text,
        definition -> Text,
    }
}

diesel::table! {
    xapi_documents (kind, activity_id, agent_key, registration, document_id) {
        kind -> Text,
        activity_id -> Text,
        agent_key -> Text,
        registration -> Text,
        document_id -> Text,
        content_type -> Text,
        contents -> Binary,
        etag -> Text,
        updated -> Timestamp,
    }
}

diesel::table! {
    xapi_credentials (key) {
        key -> Text,
        secret_hash -> Text,
        name -> Text,
        scopes -> Text,
        authority -> Text,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    xapi_credential_institutions (credential_key, institution_id) {
        credential_key -> Text,
        institution_id -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    xapi_statements,
    xapi_statement_agents,
    xapi_statement_activities,
    xapi_statement_inherited,
    xapi_credentials,
    xapi_credential_institutions,
    users,
);
