//! Agents and Groups (2.0.0 §4.2.2.1 "Actor", 1.0.3 Data §2.4.2), and the authority
//! (2.0.0 §4.2.4.2 "Authority", 1.0.3 Data §2.4.9).
//!
//! An Agent has exactly one inverse functional identifier (IFI): `mbox` (a `mailto:` IRI),
//! `mbox_sha1sum` (40 hex digits), `openid` (a URI) or `account` (`homePage` IRL and `name`).
//! A Group has `objectType` "Group" (case-sensitive) and at most one IFI; without one it is
//! anonymous and must list its `member`s. Members are Agents, never Groups. An authority is an
//! Agent or an anonymous Group of exactly two Agents (the OAuth consumer and the user).

use serde_json::{Map, Value};

use super::path::Path;
use super::scalar::is_hex;
use super::{Check, Invalid, as_object, invalid, is_iri, known_keys, opt_str};

const AGENT_KEYS: [&str; 6] = [
    "objectType",
    "name",
    "mbox",
    "mbox_sha1sum",
    "openid",
    "account",
];
const GROUP_KEYS: [&str; 7] = [
    "objectType",
    "name",
    "mbox",
    "mbox_sha1sum",
    "openid",
    "account",
    "member",
];
const IFIS: [&str; 4] = ["mbox", "mbox_sha1sum", "openid", "account"];

/// An Agent: `objectType` absent or "Agent", exactly one IFI.
pub(super) fn agent(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    match opt_str(map, "objectType", path)? {
        None | Some("Agent") => agent_body(map, path),
        Some(_) => Err(invalid(&path.key("objectType"), "must be \"Agent\"")),
    }
}

/// An Agent or a Group, told apart by `objectType` (an actor, an instructor, an object).
pub(super) fn actor(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    match opt_str(map, "objectType", path)? {
        None | Some("Agent") => agent_body(map, path),
        Some("Group") => group_body(map, path).map(|_| ()),
        Some(_) => Err(invalid(
            &path.key("objectType"),
            "must be \"Agent\" or \"Group\"",
        )),
    }
}

/// A Group (`context.team`, `contextGroups[].group`): `objectType` must say "Group".
pub(super) fn group(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    match opt_str(map, "objectType", path)? {
        Some("Group") => group_body(map, path).map(|_| ()),
        _ => Err(invalid(&path.key("objectType"), "must be \"Group\"")),
    }
}

/// An Agent or an identified Group: the `agent` filter of GET statements.
pub(super) fn agent_or_identified_group(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    if opt_str(map, "objectType", path)? == Some("Group") {
        if group_body(map, path)? == 0 {
            return Err(invalid(path, "must be an Agent or an identified Group"));
        }
        return Ok(());
    }
    agent(value, path)
}

/// The authority: an Agent, or an anonymous Group of exactly two Agents (1.0.3 Data
/// §2.4.9.s3.b1: "Authority MUST be an Agent, except in 3-legged OAuth, where it MUST be a Group
/// with two Agents. The two Agents represent an application and user together"; the suite's
/// `authorities.js`, for both versions, also refuses identified
/// Groups and Groups of one or three).
pub(super) fn authority(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    if opt_str(map, "objectType", path)? != Some("Group") {
        return actor(value, path);
    }
    if group_body(map, path)? > 0 {
        return Err(invalid(path, "a Group as authority must be anonymous"));
    }
    match map.get("member") {
        Some(Value::Array(members)) if members.len() == 2 => Ok(()),
        _ => Err(invalid(
            &path.key("member"),
            "an authority Group must have exactly two Agents",
        )),
    }
}

/// The properties of an Agent once its `objectType` is known.
fn agent_body(map: &Map<String, Value>, path: &Path<'_>) -> Check {
    known_keys(map, &AGENT_KEYS, path)?;
    opt_str(map, "name", path)?;
    if ifis(map, path)? != 1 {
        return Err(invalid(
            path,
            "an Agent must have exactly one of \"mbox\", \"mbox_sha1sum\", \"openid\", \"account\"",
        ));
    }
    Ok(())
}

/// The properties of a Group once its `objectType` is known; the number of IFIs (0 or 1).
fn group_body(map: &Map<String, Value>, path: &Path<'_>) -> Result<usize, Invalid> {
    known_keys(map, &GROUP_KEYS, path)?;
    opt_str(map, "name", path)?;
    let count = ifis(map, path)?;
    if count > 1 {
        return Err(invalid(
            path,
            "a Group must have at most one of \"mbox\", \"mbox_sha1sum\", \"openid\", \"account\"",
        ));
    }
    match map.get("member") {
        None if count == 0 => {
            return Err(invalid(
                &path.key("member"),
                "an anonymous Group must list its members",
            ));
        }
        None => {}
        Some(Value::Array(members)) => {
            let member_path = path.key("member");
            if count == 0 && members.is_empty() {
                return Err(invalid(
                    &member_path,
                    "an anonymous Group must list its members",
                ));
            }
            for (i, member) in members.iter().enumerate() {
                agent(member, &member_path.index(i))?;
            }
        }
        Some(_) => return Err(invalid(&path.key("member"), "must be an array of Agents")),
    }
    Ok(count)
}

/// Checks every IFI present and counts them.
fn ifis(map: &Map<String, Value>, path: &Path<'_>) -> Result<usize, Invalid> {
    if let Some(mbox) = opt_str(map, "mbox", path)?
        && !is_mbox(mbox)
    {
        return Err(invalid(
            &path.key("mbox"),
            "must be a \"mailto:\" IRI of an email address",
        ));
    }
    if let Some(sum) = opt_str(map, "mbox_sha1sum", path)?
        && !is_hex(sum, 40)
    {
        return Err(invalid(
            &path.key("mbox_sha1sum"),
            "must be a SHA-1 hash in 40 hex digits",
        ));
    }
    if let Some(openid) = opt_str(map, "openid", path)?
        && !is_iri(openid)
    {
        return Err(invalid(&path.key("openid"), "must be a URI with a scheme"));
    }
    if let Some(account) = map.get("account") {
        account_object(account, &path.key("account"))?;
    }
    Ok(IFIS.iter().filter(|ifi| map.contains_key(**ifi)).count())
}

/// An Account Object: `homePage` (an IRL) and `name` (a string), both required.
fn account_object(value: &Value, path: &Path<'_>) -> Check {
    let map = as_object(value, path)?;
    known_keys(map, &["homePage", "name"], path)?;
    match opt_str(map, "homePage", path)? {
        None => return Err(invalid(&path.key("homePage"), "is required")),
        Some(home) if !is_iri(home) => {
            return Err(invalid(
                &path.key("homePage"),
                "must be an IRL with a scheme",
            ));
        }
        Some(_) => {}
    }
    if opt_str(map, "name", path)?.is_none() {
        return Err(invalid(&path.key("name"), "is required"));
    }
    Ok(())
}

/// `mailto:` then an address with a non-empty local part and domain.
fn is_mbox(mbox: &str) -> bool {
    mbox.strip_prefix("mailto:")
        .and_then(|address| address.rsplit_once('@'))
        .is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.is_empty()
                && !local.contains(char::is_whitespace)
                && !domain.contains(|c: char| c.is_whitespace() || c == '@')
        })
}

#[cfg(test)]
mod tests {
    use super::is_mbox;

    #[test]
    fn mboxes_need_mailto_and_an_address() {
        assert!(is_mbox("mailto:xapi@adlnet.gov"));
        assert!(!is_mbox("mailto:should.fail.com"));
        assert!(!is_mbox("http://should.fail.com"));
        assert!(!is_mbox("xapi@adlnet.gov"));
        assert!(!is_mbox("mailto:@adlnet.gov"));
        assert!(!is_mbox("mailto:xapi@"));
    }
}
