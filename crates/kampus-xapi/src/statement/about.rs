//! What a statement is about, for the lookup rows the queries use (xAPI 2.0.0 §4.1.6.1, the
//! `agent`, `activity`, `related_agents` and `related_activities` parameters).
//!
//! - `agent=` matches the actor or an Agent/Group object (`direct`);
//!   with `related_agents=true` also the authority, the context's instructor and team, 2.0's
//!   context agents and groups, and all of these in a sub-statement.
//! - `activity=` matches an Activity object (`direct`); with `related_activities=true` also the
//!   context activities, and both in a sub-statement.

use serde_json::Value;

use crate::agent;

/// Agent keys and activity ids a statement is about; `true` marks the direct ones.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct About {
    pub agents: Vec<(String, bool)>,
    pub activities: Vec<(String, bool)>,
}

impl About {
    /// Reads a (stored, valid) statement.
    pub fn of(statement: &Value) -> About {
        let mut about = About::default();
        about.add_agent(statement.get("actor"), true);
        about.add_object(statement.get("object"), true);
        about.add_agent(statement.get("authority"), false);
        about.add_context(statement.get("context"));
        if let Some(sub) = statement
            .get("object")
            .filter(|o| o.get("objectType").and_then(Value::as_str) == Some("SubStatement"))
        {
            about.add_agent(sub.get("actor"), false);
            about.add_object(sub.get("object"), false);
            about.add_context(sub.get("context"));
        }
        about
    }

    fn add_agent(&mut self, agent: Option<&Value>, direct: bool) {
        let Some(agent) = agent else { return };
        if let Some(key) = agent::key(agent) {
            self.agents.push((key, direct));
        }
        // A group's members are related (an anonymous group has no key of its own).
        for member in agent
            .get("member")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(key) = agent::key(member) {
                self.agents.push((key, false));
            }
        }
    }

    fn add_object(&mut self, object: Option<&Value>, direct: bool) {
        let Some(object) = object else { return };
        match object.get("objectType").and_then(Value::as_str) {
            None | Some("Activity") => {
                if let Some(id) = object.get("id").and_then(Value::as_str) {
                    self.activities.push((id.to_owned(), direct));
                }
            }
            Some("Agent" | "Group") => self.add_agent(Some(object), direct),
            _ => {}
        }
    }

    fn add_context(&mut self, context: Option<&Value>) {
        let Some(context) = context else { return };
        self.add_agent(context.get("instructor"), false);
        self.add_agent(context.get("team"), false);
        for entry in context
            .get("contextAgents")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.add_agent(entry.get("agent"), false);
        }
        for entry in context
            .get("contextGroups")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.add_agent(entry.get("group"), false);
        }
        let Some(activities) = context.get("contextActivities").and_then(Value::as_object) else {
            return;
        };
        for listed in activities.values() {
            let listed = match listed {
                Value::Array(items) => items.iter().collect::<Vec<_>>(),
                single => vec![single],
            };
            for activity in listed {
                if let Some(id) = activity.get("id").and_then(Value::as_str) {
                    self.activities.push((id.to_owned(), false));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn actor_and_activity_object_are_direct_the_context_is_related() {
        let statement = json!({
            "actor": {"mbox": "mailto:a@example.org"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
            "object": {"id": "https://kampus.example/courses/c1"},
            "authority": {"mbox": "mailto:lrs@example.org"},
            "context": {
                "instructor": {"mbox": "mailto:t@example.org"},
                "contextActivities": {"parent": {"id": "https://kampus.example/p"}, "grouping": [{"id": "https://kampus.example/g"}]}
            }
        });
        let about = About::of(&statement);
        assert!(
            about
                .agents
                .contains(&("mbox:mailto:a@example.org".into(), true))
        );
        assert!(
            about
                .agents
                .contains(&("mbox:mailto:lrs@example.org".into(), false))
        );
        assert!(
            about
                .agents
                .contains(&("mbox:mailto:t@example.org".into(), false))
        );
        assert!(
            about
                .activities
                .contains(&("https://kampus.example/courses/c1".into(), true))
        );
        assert!(
            about
                .activities
                .contains(&("https://kampus.example/p".into(), false))
        );
        assert!(
            about
                .activities
                .contains(&("https://kampus.example/g".into(), false))
        );
    }

    #[test]
    fn a_sub_statement_is_related_only() {
        let statement = json!({
            "actor": {"mbox": "mailto:a@example.org"},
            "object": {"objectType": "SubStatement",
                "actor": {"mbox": "mailto:b@example.org"},
                "object": {"id": "https://kampus.example/x"}}
        });
        let about = About::of(&statement);
        assert!(
            about
                .agents
                .contains(&("mbox:mailto:b@example.org".into(), false))
        );
        assert!(
            about
                .activities
                .contains(&("https://kampus.example/x".into(), false))
        );
        assert!(!about.activities.iter().any(|(_, direct)| *direct));
    }
}
