//! Institutions: the ministries, police forces and agencies whose staff learn on Kampus.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::connection::DbConnection;
use crate::error::StoreError;
use crate::ids::InstitutionId;
use crate::schema::institutions;

pub use crate::demographics::{CountryCode, InvalidCountryCode};

/// What kind of body an institution is (for reports by kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InstitutionKind {
    Ministry,
    Police,
    BorderPolice,
    AsylumAgency,
    RefugeeAgency,
    TrainingCentre,
    InternationalOrganisation,
    Other,
}

impl InstitutionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            InstitutionKind::Ministry => "ministry",
            InstitutionKind::Police => "police",
            InstitutionKind::BorderPolice => "border-police",
            InstitutionKind::AsylumAgency => "asylum-agency",
            InstitutionKind::RefugeeAgency => "refugee-agency",
            InstitutionKind::TrainingCentre => "training-centre",
            InstitutionKind::InternationalOrganisation => "international-organisation",
            InstitutionKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an institution kind")]
pub struct InvalidInstitutionKind(pub String);

impl std::str::FromStr for InstitutionKind {
    type Err = InvalidInstitutionKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [
            InstitutionKind::Ministry,
            InstitutionKind::Police,
            InstitutionKind::BorderPolice,
            InstitutionKind::AsylumAgency,
            InstitutionKind::RefugeeAgency,
            InstitutionKind::TrainingCentre,
            InstitutionKind::InternationalOrganisation,
            InstitutionKind::Other,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
        .ok_or_else(|| InvalidInstitutionKind(s.to_owned()))
    }
}

/// An institution as read from the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Institution {
    pub id: InstitutionId,
    pub name: String,
    pub country_code: CountryCode,
    pub kind: InstitutionKind,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// What it takes to create an institution.
#[derive(Debug, Clone)]
pub struct NewInstitution {
    pub name: String,
    pub country_code: CountryCode,
    pub kind: InstitutionKind,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = institutions)]
struct InstitutionRow {
    id: String,
    name: String,
    country_code: String,
    kind: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl TryFrom<InstitutionRow> for Institution {
    type Error = StoreError;

    fn try_from(row: InstitutionRow) -> Result<Self, StoreError> {
        Ok(Institution {
            id: InstitutionId::from_db(&row.id)?,
            name: row.name,
            country_code: CountryCode::parse(&row.country_code).map_err(|e| {
                StoreError::Query(diesel::result::Error::DeserializationError(Box::new(e)))
            })?,
            kind: row.kind.parse().map_err(|e: InvalidInstitutionKind| {
                StoreError::Query(diesel::result::Error::DeserializationError(Box::new(e)))
            })?,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

pub fn insert(
    conn: &mut DbConnection,
    new: &NewInstitution,
    now: NaiveDateTime,
) -> Result<Institution, StoreError> {
    let id = InstitutionId::new();
    diesel::insert_into(institutions::table)
        .values((
            institutions::id.eq(id.to_string()),
            institutions::name.eq(new.name.trim()),
            institutions::country_code.eq(new.country_code.as_str()),
            institutions::kind.eq(new.kind.as_str()),
            institutions::created_at.eq(now),
            institutions::updated_at.eq(now),
        ))
        .execute(conn)?;
    find(conn, id)
}

pub fn find(conn: &mut DbConnection, id: InstitutionId) -> Result<Institution, StoreError> {
    institutions::table
        .find(id.to_string())
        .select(InstitutionRow::as_select())
        .first(conn)?
        .try_into()
}

/// All institutions, by country then name.
pub fn list(conn: &mut DbConnection) -> Result<Vec<Institution>, StoreError> {
    institutions::table
        .select(InstitutionRow::as_select())
        .order((institutions::country_code, institutions::name))
        .load(conn)?
        .into_iter()
        .map(Institution::try_from)
        .collect()
}

/// Changes to an institution; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct InstitutionChanges {
    pub name: Option<String>,
    pub country_code: Option<CountryCode>,
    pub kind: Option<InstitutionKind>,
}

pub fn update(
    conn: &mut DbConnection,
    id: InstitutionId,
    changes: &InstitutionChanges,
    now: NaiveDateTime,
) -> Result<Institution, StoreError> {
    let current = find(conn, id)?;
    diesel::update(institutions::table.find(id.to_string()))
        .set((
            institutions::name.eq(changes
                .name
                .as_deref()
                .map_or(current.name.as_str(), str::trim)),
            institutions::country_code.eq(changes
                .country_code
                .unwrap_or(current.country_code)
                .as_str()),
            institutions::kind.eq(changes.kind.unwrap_or(current.kind).as_str()),
            institutions::updated_at.eq(now),
        ))
        .execute(conn)?;
    if changes.country_code.is_some() {
        crate::reports::aggregates::refresh_institution(conn, id)?;
    }
    find(conn, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_two_letters_and_nothing_else() {
        assert_eq!(CountryCode::parse("ba").expect("code").as_str(), "BA");
        assert_eq!(CountryCode::parse("Rs").expect("code").as_str(), "RS");
        for refused in [" BA", "BA ", "B", "BIH", "B1", "", "ÄB", "B\u{0}"] {
            assert!(CountryCode::parse(refused).is_err(), "{refused:?}");
        }
    }
}
