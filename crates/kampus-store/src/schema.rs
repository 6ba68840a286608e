//! The diesel schema, written to match `migrations/` (identical on both backends).

diesel::table! {
    institutions (id) {
        id -> Text,
        name -> Text,
        country_code -> Text,
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
    }
}

diesel::joinable!(users -> institutions (institution_id));
diesel::allow_tables_to_appear_in_same_query!(institutions, users);
