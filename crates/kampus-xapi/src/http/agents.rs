//! The Activities and Agents resources (xAPI 2.0.0 §4.1.6.3, §4.1.6.4): an activity's latest
//! definition, and the Person object of an agent.

use actix_web::HttpResponse;
use serde_json::{Map, Value, json};

use super::error::XapiError;
use super::request::XapiRequest;
use crate::lrs::access::Need;

/// GET (and HEAD) /xapi/activities?activityId=…
pub async fn activity(xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    xapi.params.only(&["activityId"])?;
    xapi.caller.may(Need::ReadDefinitions)?;
    let id = xapi.params.required("activityId")?.to_owned();
    if !crate::statement::validate::is_iri(&id) {
        return Err(XapiError::invalid(format!(
            "activityId must be an IRI, not {id:?}"
        )));
    }
    let definition = xapi.lrs.activity_definition(id.clone()).await?;
    let mut activity = json!({"objectType": "Activity", "id": id});
    if let Some(definition) = definition {
        activity["definition"] = definition;
    }
    Ok(HttpResponse::Ok().json(activity))
}

/// GET (and HEAD) /xapi/agents?agent=…: a Person with what this LRS knows of the agent — here
/// its identifiers and name as given (Kampus keeps no merged identities).
pub async fn person(xapi: XapiRequest) -> Result<HttpResponse, XapiError> {
    xapi.params.only(&["agent"])?;
    xapi.caller.may(Need::ReadDefinitions)?;
    let text = xapi.params.required("agent")?;
    let agent: Value = serde_json::from_str(text)
        .map_err(|e| XapiError::invalid(format!("agent must be an Agent as JSON: {e}")))?;
    crate::statement::validate::agent(&agent, xapi.version)
        .map_err(|e| XapiError::invalid(e.to_string()))?;
    let mut person = Map::new();
    person.insert("objectType".into(), json!("Person"));
    for property in ["name", "mbox", "mbox_sha1sum", "openid", "account"] {
        if let Some(value) = agent.get(property) {
            person.insert(property.into(), json!([value]));
        }
    }
    Ok(HttpResponse::Ok().json(Value::Object(person)))
}
