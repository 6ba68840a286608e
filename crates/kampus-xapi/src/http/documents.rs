//! The document resources over HTTP: `/xapi/activities/state`, `/xapi/activities/profile` and
//! `/xapi/agents/profile` (xAPI 2.0.0 §4.1.6.2, §4.1.6.5, §4.1.6.6). One set of handlers serves
//! all three; each resource says which parameters address a document.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use kampus_store::xapi::documents::DocumentKind;

use super::error::XapiError;
use super::request::XapiRequest;
use crate::lrs::documents::{Address, Preconditions};

/// A document resource: its kind and the name of its document id parameter.
#[derive(Clone, Copy)]
struct Resource {
    kind: DocumentKind,
    id_param: &'static str,
}

const STATE: Resource = Resource {
    kind: DocumentKind::State,
    id_param: "stateId",
};
const ACTIVITY_PROFILE: Resource = Resource {
    kind: DocumentKind::ActivityProfile,
    id_param: "profileId",
};
const AGENT_PROFILE: Resource = Resource {
    kind: DocumentKind::AgentProfile,
    id_param: "profileId",
};

impl Resource {
    /// The parameters that address a document set, and the id parameter.
    fn params(self) -> &'static [&'static str] {
        match self.kind {
            DocumentKind::State => &["activityId", "agent", "registration", "stateId"],
            DocumentKind::ActivityProfile => &["activityId", "profileId"],
            DocumentKind::AgentProfile => &["agent", "profileId"],
        }
    }

    fn address(self, xapi: &XapiRequest) -> Result<Address, XapiError> {
        let params = &xapi.params;
        let activity_id = if self.kind == DocumentKind::AgentProfile {
            String::new()
        } else {
            let id = params.required("activityId")?;
            if !crate::statement::validate::is_iri(id) {
                return Err(XapiError::invalid(format!(
                    "activityId must be an IRI, not {id:?}"
                )));
            }
            id.to_owned()
        };
        let agent_key = if self.kind == DocumentKind::ActivityProfile {
            String::new()
        } else {
            params.required("agent")?;
            params.agent_key("agent", xapi.version)?.unwrap_or_default()
        };
        let registration = match self.kind {
            DocumentKind::State => params.uuid("registration")?.unwrap_or_default(),
            _ => String::new(),
        };
        Ok(Address {
            kind: self.kind,
            activity_id,
            agent_key,
            registration,
        })
    }
}

fn preconditions(req: &HttpRequest) -> Preconditions {
    let tags = |name: header::HeaderName| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(',')
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect()
            })
    };
    Preconditions {
        if_match: tags(header::IF_MATCH),
        if_none_match: tags(header::IF_NONE_MATCH),
    }
}

async fn save(
    resource: Resource,
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
    merge: bool,
) -> Result<HttpResponse, XapiError> {
    xapi.params.only(resource.params())?;
    let id = xapi.params.required(resource.id_param)?.to_owned();
    let address = resource.address(&xapi)?;
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_owned();
    xapi.lrs
        .save_document(
            &xapi.caller,
            xapi.version,
            address,
            id,
            content_type,
            body.to_vec(),
            preconditions(&req),
            merge,
        )
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn get(resource: Resource, xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    let mut known = resource.params().to_vec();
    known.push("since");
    xapi.params.only(&known)?;
    let address = resource.address(&xapi)?;
    let Some(id) = xapi.params.get(resource.id_param) else {
        let since = xapi.params.time("since")?;
        let ids = xapi.lrs.document_ids(&xapi.caller, address, since).await?;
        return Ok(HttpResponse::Ok().json(ids));
    };
    if xapi.params.has("since") {
        return Err(XapiError::invalid(format!(
            "since lists documents: it cannot be given with {}",
            resource.id_param
        )));
    }
    let document = xapi
        .lrs
        .document(&xapi.caller, address, id.to_owned())
        .await?;
    Ok(HttpResponse::Ok()
        .content_type(document.content_type)
        .insert_header((header::ETAG, document.etag))
        .insert_header((header::LAST_MODIFIED, http_date(document.updated)))
        .body(document.contents))
}

async fn delete(
    resource: Resource,
    req: HttpRequest,
    xapi: XapiRequest,
) -> Result<HttpResponse, XapiError> {
    xapi.params.only(resource.params())?;
    let address = resource.address(&xapi)?;
    let id = xapi.params.get(resource.id_param).map(str::to_owned);
    if id.is_none() && resource.kind != DocumentKind::State {
        return Err(XapiError::invalid(format!(
            "{} is required",
            resource.id_param
        )));
    }
    xapi.lrs
        .delete_documents(&xapi.caller, address, id, preconditions(&req))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn http_date(at: chrono::NaiveDateTime) -> String {
    at.and_utc().format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

pub async fn state_put(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    save(STATE, req, xapi, body, false).await
}
pub async fn state_post(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    save(STATE, req, xapi, body, true).await
}
pub async fn state_get(xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    get(STATE, xapi).await
}
pub async fn state_delete(req: HttpRequest, xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    delete(STATE, req, xapi).await
}
pub async fn activity_profile_put(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    save(ACTIVITY_PROFILE, req, xapi, body, false).await
}
pub async fn activity_profile_post(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    save(ACTIVITY_PROFILE, req, xapi, body, true).await
}
pub async fn activity_profile_get(xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    get(ACTIVITY_PROFILE, xapi).await
}
pub async fn activity_profile_delete(
    req: HttpRequest,
    xapi: XapiRequest,
) -> Result<HttpResponse, XapiError> {
    delete(ACTIVITY_PROFILE, req, xapi).await
}
pub async fn agent_profile_put(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    save(AGENT_PROFILE, req, xapi, body, false).await
}
pub async fn agent_profile_post(
    req: HttpRequest,
    xapi: XapiRequest,
    body: web::Bytes,
) -> Result<HttpResponse, XapiError> {
    save(AGENT_PROFILE, req, xapi, body, true).await
}
pub async fn agent_profile_get(xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    get(AGENT_PROFILE, xapi).await
}
pub async fn agent_profile_delete(
    req: HttpRequest,
    xapi: XapiRequest,
) -> Result<HttpResponse, XapiError> {
    delete(AGENT_PROFILE, req, xapi).await
}
