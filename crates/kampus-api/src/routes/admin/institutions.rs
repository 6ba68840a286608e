//! `/api/v1/admin/institutions`. An institution's name is printed on its members'
//! certificates, so it keeps the rule of [`super::printed_text`].

use actix_web::{HttpResponse, web};
use kampus_store::institutions::{Institution, InstitutionKind, NewInstitution};
use kampus_usecases::admin::institutions::{self, checked_country, checked_kind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::printed_text::{self, MAX_NAME_CHARS};
use crate::caller::{AdminUser, StaffUser};
use crate::error::ApiError;
use crate::problem::Problem;
use crate::state::AppState;

/// What kind of body an institution is, as the API names it (the store's
/// [`InstitutionKind`]; a test checks that the two lists agree, and agree with
/// [`institutions::KINDS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InstitutionKindName {
    Ministry,
    Police,
    BorderPolice,
    AsylumAgency,
    RefugeeAgency,
    TrainingCentre,
    InternationalOrganisation,
    Other,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InstitutionView {
    #[schema(value_type = String, format = Uuid)]
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2, upper case.
    #[schema(example = "BA")]
    pub country_code: String,
    #[schema(value_type = InstitutionKindName)]
    pub kind: InstitutionKind,
}

impl From<&Institution> for InstitutionView {
    fn from(i: &Institution) -> Self {
        Self {
            id: i.id.to_string(),
            name: i.name.clone(),
            country_code: i.country_code.to_string(),
            kind: i.kind,
        }
    }
}

/// Institutions: all for admins, the assigned ones for trainers.
#[utoipa::path(
    get,
    path = "/api/v1/admin/institutions",
    operation_id = "list_institutions",
    tag = "admin",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Institutions", body = [InstitutionView]),
        (status = 401, description = "No valid access token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Learners may not list institutions", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn list(
    state: web::Data<AppState>,
    staff: StaffUser,
) -> Result<web::Json<Vec<InstitutionView>>, ApiError> {
    let all = state.db.run(kampus_store::institutions::list).await?;
    Ok(web::Json(
        all.iter()
            .filter(|i| staff.scope.includes(Some(i.id)))
            .map(InstitutionView::from)
            .collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInstitutionRequest {
    /// As printed on its members' certificates: 1 to 300 characters, not only spaces, without
    /// control characters or invisible text-direction controls (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069). Spaces around it are removed.
    #[schema(
        min_length = 1,
        max_length = 300,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*[^\u0000-\u0020\u007F-\u00A0\u061C\u1680\u2000-\u200A\u200E-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF][^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*$",
        example = "Granična policija Bosne i Hercegovine"
    )]
    pub name: String,
    /// ISO 3166-1 alpha-2: two letters, either case (stored upper case; not checked against
    /// the list of countries).
    #[schema(pattern = r"^[A-Za-z]{2}$", example = "BA")]
    pub country_code: String,
    #[schema(value_type = InstitutionKindName)]
    pub kind: String,
}

/// Creates an institution (admins).
#[utoipa::path(
    post,
    path = "/api/v1/admin/institutions",
    operation_id = "create_institution",
    tag = "admin",
    security(("bearer" = [])),
    request_body = NewInstitutionRequest,
    responses(
        (status = 201, description = "Created", body = InstitutionView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "An institution of that name exists in that country", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: a name, country code or kind that breaks its rule, each named", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    _admin: AdminUser,
    body: crate::body::Json<NewInstitutionRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let name =
        printed_text::checked("name", &body.name, MAX_NAME_CHARS).map_err(|e| invalid.push(e));
    let country_code = checked_country(&body.country_code).map_err(|e| invalid.push(e));
    let kind = checked_kind(&body.kind).map_err(|e| invalid.push(e));
    let (Ok(name), Ok(country_code), Ok(kind)) = (name, country_code, kind) else {
        return Err(ApiError::Validation(invalid));
    };
    let new = NewInstitution {
        name,
        country_code,
        kind,
    };
    let created = institutions::create(&state.cases, new).await?;
    Ok(HttpResponse::Created().json(InstitutionView::from(&created)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InstitutionUpdate {
    /// The rule of a new institution's name; absent or null: unchanged.
    #[schema(
        min_length = 1,
        max_length = 300,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*[^\u0000-\u0020\u007F-\u00A0\u061C\u1680\u2000-\u200A\u200E-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF][^\u0000-\u001F\u007F-\u009F\u061C\u200E-\u200F\u202A-\u202E\u2066-\u2069]*$"
    )]
    pub name: Option<String>,
    /// Two letters, either case; absent or null: unchanged.
    #[schema(pattern = r"^[A-Za-z]{2}$")]
    pub country_code: Option<String>,
    /// Absent or null: unchanged.
    #[schema(value_type = Option<InstitutionKindName>)]
    pub kind: Option<String>,
}

/// Renames or reclassifies an institution (admins).
#[utoipa::path(
    patch,
    path = "/api/v1/admin/institutions/{id}",
    operation_id = "update_institution",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    request_body = InstitutionUpdate,
    responses(
        (status = 200, description = "The updated institution", body = InstitutionView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such institution", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "An institution of that name exists in that country", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-body`: not the members this operation takes; `validation-failed`: a name, country code or kind that breaks its rule, each named", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    _admin: AdminUser,
    id: web::Path<String>,
    body: crate::body::Json<InstitutionUpdate>,
) -> Result<web::Json<InstitutionView>, ApiError> {
    let id: kampus_store::InstitutionId = super::parse_id(&id)?;
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let name = body
        .name
        .as_deref()
        .map(|raw| printed_text::checked("name", raw, MAX_NAME_CHARS))
        .transpose()
        .map_err(|e| invalid.push(e));
    let country_code = body
        .country_code
        .as_deref()
        .map(checked_country)
        .transpose()
        .map_err(|e| invalid.push(e));
    let kind = body
        .kind
        .as_deref()
        .map(checked_kind)
        .transpose()
        .map_err(|e| invalid.push(e));
    let (Ok(name), Ok(country_code), Ok(kind)) = (name, country_code, kind) else {
        return Err(ApiError::Validation(invalid));
    };
    let changes = kampus_store::institutions::InstitutionChanges {
        name,
        country_code,
        kind,
    };
    let updated = institutions::update(&state.cases, id, changes).await?;
    Ok(web::Json(InstitutionView::from(&updated)))
}

#[cfg(test)]
mod tests {
    use kampus_usecases::admin::institutions::KINDS;

    use super::*;

    #[test]
    fn the_documented_kinds_are_the_stores() {
        for name in KINDS {
            let documented: InstitutionKindName = serde_json::from_value(name.into()).expect(name);
            assert_eq!(serde_json::to_value(documented).expect("json"), name);
            assert_eq!(checked_kind(name).map(InstitutionKind::as_str), Ok(name));
        }
        let error = checked_kind("army").expect_err("not a kind");
        assert_eq!(error.texts[0].1, KINDS.join(", "));
    }
}
