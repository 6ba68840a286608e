//! `/api/v1/admin/institutions`.

use actix_web::{HttpResponse, web};
use kampus_store::institutions::{self, CountryCode, Institution, InstitutionKind, NewInstitution};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{AdminUser, StaffUser};
use crate::error::{ApiError, FieldError};
use crate::problem::Problem;
use crate::state::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct InstitutionView {
    #[schema(value_type = String, format = Uuid)]
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country_code: String,
    /// ministry, police, border-police, asylum-agency, refugee-agency, training-centre, international-organisation or other.
    #[schema(value_type = String)]
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
    let all = state.db.run(institutions::list).await?;
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
    pub name: String,
    pub country_code: String,
    #[schema(value_type = String, example = "asylum-agency")]
    pub kind: String,
}

/// Creates an institution (admins).
#[utoipa::path(
    post,
    path = "/api/v1/admin/institutions",
    tag = "admin",
    security(("bearer" = [])),
    request_body = NewInstitutionRequest,
    responses(
        (status = 201, description = "Created", body = InstitutionView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "An institution of that name exists in that country", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn create(
    state: web::Data<AppState>,
    _admin: AdminUser,
    body: web::Json<NewInstitutionRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let name = body.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 300 {
        invalid.push(FieldError::new("name", "field-display-name-invalid"));
    }
    let country_code = CountryCode::parse(&body.country_code)
        .map_err(|_| invalid.push(FieldError::new("country_code", "field-country-invalid")));
    let kind = body
        .kind
        .parse::<InstitutionKind>()
        .map_err(|_| invalid.push(FieldError::new("kind", "field-required")));
    let (Ok(country_code), Ok(kind), true) = (country_code, kind, invalid.is_empty()) else {
        return Err(ApiError::Validation(invalid));
    };
    let db_state = state.clone();
    let created = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| {
                institutions::insert(
                    tx,
                    &NewInstitution {
                        name,
                        country_code,
                        kind,
                    },
                    now,
                )
            })
        })
        .await?;
    Ok(HttpResponse::Created().json(InstitutionView::from(&created)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InstitutionUpdate {
    pub name: Option<String>,
    pub country_code: Option<String>,
    #[schema(value_type = Option<String>)]
    pub kind: Option<String>,
}

/// Renames or reclassifies an institution (admins).
#[utoipa::path(
    patch,
    path = "/api/v1/admin/institutions/{id}",
    tag = "admin",
    security(("bearer" = [])),
    params(("id" = String, Path, format = Uuid)),
    request_body = InstitutionUpdate,
    responses(
        (status = 200, description = "The updated institution", body = InstitutionView),
        (status = 403, description = "Admins only", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such institution", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "An institution of that name exists in that country", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json")
    )
)]
pub async fn update(
    state: web::Data<AppState>,
    _admin: AdminUser,
    id: web::Path<String>,
    body: web::Json<InstitutionUpdate>,
) -> Result<web::Json<InstitutionView>, ApiError> {
    let id: kampus_store::InstitutionId = super::parse_id(&id)?;
    let body = body.into_inner();
    let mut invalid = Vec::new();
    let name = body.name.map(|n| n.trim().to_owned());
    if name
        .as_ref()
        .is_some_and(|n| n.is_empty() || n.chars().count() > 300)
    {
        invalid.push(FieldError::new("name", "field-display-name-invalid"));
    }
    let country_code = body
        .country_code
        .as_deref()
        .map(CountryCode::parse)
        .transpose();
    if country_code.is_err() {
        invalid.push(FieldError::new("country_code", "field-country-invalid"));
    }
    let kind = body
        .kind
        .as_deref()
        .map(str::parse::<InstitutionKind>)
        .transpose();
    if kind.is_err() {
        invalid.push(FieldError::new("kind", "field-required"));
    }
    let (Ok(country_code), Ok(kind), true) = (country_code, kind, invalid.is_empty()) else {
        return Err(ApiError::Validation(invalid));
    };
    let changes = institutions::InstitutionChanges {
        name,
        country_code,
        kind,
    };
    let db_state = state.clone();
    let updated = state
        .db
        .run(move |conn| {
            let now = db_state.clock.now();
            conn.write_transaction(|tx| institutions::update(tx, id, &changes, now))
        })
        .await?;
    Ok(web::Json(InstitutionView::from(&updated)))
}
