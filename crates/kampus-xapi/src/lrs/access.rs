//! Who is calling and what they may do: an LRS credential's scopes (the scope names of xAPI
//! 1.0.3 §6.4.2, which 2.0.0 keeps) and, for credentials bound to institutions, whose
//! statements they may read.

use serde_json::Value;

use super::LrsError;

/// A scope of an LRS credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// `statements/write`
    WriteStatements,
    /// `statements/read/mine`: only statements this credential wrote.
    ReadOwnStatements,
    /// `statements/read`
    ReadStatements,
    /// `state`: the State resource.
    State,
    /// `profile`: the Agent and Activity Profile resources.
    Profile,
    /// `define`: activity definitions the credential sends are kept as the canonical ones.
    Define,
    /// `all/read`
    ReadAll,
    /// `all`
    All,
}

impl Scope {
    pub const ALL: [Scope; 8] = [
        Scope::WriteStatements,
        Scope::ReadOwnStatements,
        Scope::ReadStatements,
        Scope::State,
        Scope::Profile,
        Scope::Define,
        Scope::ReadAll,
        Scope::All,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Scope::WriteStatements => "statements/write",
            Scope::ReadOwnStatements => "statements/read/mine",
            Scope::ReadStatements => "statements/read",
            Scope::State => "state",
            Scope::Profile => "profile",
            Scope::Define => "define",
            Scope::ReadAll => "all/read",
            Scope::All => "all",
        }
    }

    pub fn parse(name: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// An authenticated LRS credential.
#[derive(Debug, Clone)]
pub struct Caller {
    pub key: String,
    pub scopes: Vec<Scope>,
    /// The Agent stamped as `authority` on what this credential writes.
    pub authority: Value,
    /// Empty: not bound; otherwise it reads only statements about these institutions' people.
    pub institutions: Vec<String>,
}

/// What a request wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    WriteStatements,
    ReadStatements,
    WriteState,
    ReadState,
    WriteProfiles,
    ReadProfiles,
    /// The Activities and Agents resources.
    ReadDefinitions,
}

impl Caller {
    fn has(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope) || self.scopes.contains(&Scope::All)
    }

    fn reads_all(&self) -> bool {
        self.has(Scope::ReadAll)
    }

    /// Refuses with 403 unless a scope allows `need`. A credential bound to institutions reads
    /// statements only: documents (state, profiles) are keyed by agent, not by institution, so
    /// no binding could hold there.
    pub fn may(&self, need: Need) -> Result<(), LrsError> {
        if !self.institutions.is_empty()
            && matches!(
                need,
                Need::WriteState | Need::ReadState | Need::WriteProfiles | Need::ReadProfiles
            )
        {
            return Err(LrsError::Forbidden(
                "a credential bound to institutions reads statements only, not state or profiles"
                    .into(),
            ));
        }
        let allowed = match need {
            Need::WriteStatements => self.has(Scope::WriteStatements),
            Need::ReadStatements => {
                self.reads_all()
                    || self.has(Scope::ReadStatements)
                    || self.has(Scope::ReadOwnStatements)
            }
            Need::WriteState => self.has(Scope::State),
            Need::ReadState => self.has(Scope::State) || self.reads_all(),
            Need::WriteProfiles => self.has(Scope::Profile),
            Need::ReadProfiles => self.has(Scope::Profile) || self.reads_all(),
            Need::ReadDefinitions => !self.scopes.is_empty(),
        };
        if allowed {
            Ok(())
        } else {
            Err(LrsError::Forbidden(format!(
                "this credential's scopes ({}) do not allow this request",
                self.scopes
                    .iter()
                    .map(|s| s.name())
                    .collect::<Vec<_>>()
                    .join(" ")
            )))
        }
    }

    /// Whether it reads only what it wrote (`statements/read/mine` and no wider read scope).
    pub fn reads_only_own(&self) -> bool {
        !(self.reads_all() || self.has(Scope::ReadStatements))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn caller(scopes: &[Scope]) -> Caller {
        Caller {
            key: "k".into(),
            scopes: scopes.to_vec(),
            authority: json!({}),
            institutions: vec![],
        }
    }

    #[test]
    fn scopes_allow_what_their_names_say() {
        let writer = caller(&[Scope::WriteStatements]);
        assert!(writer.may(Need::WriteStatements).is_ok());
        assert!(writer.may(Need::ReadStatements).is_err());
        assert!(writer.may(Need::WriteState).is_err());
        let reader = caller(&[Scope::ReadOwnStatements]);
        assert!(reader.may(Need::ReadStatements).is_ok());
        assert!(reader.reads_only_own());
        assert!(!caller(&[Scope::ReadStatements]).reads_only_own());
        let all = caller(&[Scope::All]);
        for need in [
            Need::WriteStatements,
            Need::ReadStatements,
            Need::WriteState,
            Need::WriteProfiles,
        ] {
            assert!(all.may(need).is_ok());
        }
        let read_all = caller(&[Scope::ReadAll]);
        assert!(read_all.may(Need::ReadState).is_ok());
        assert!(read_all.may(Need::WriteState).is_err());
    }

    #[test]
    fn a_credential_bound_to_institutions_reads_no_documents() {
        let bound = Caller {
            institutions: vec!["i1".into()],
            ..caller(&[Scope::All])
        };
        assert!(bound.may(Need::ReadStatements).is_ok());
        for need in [
            Need::ReadState,
            Need::WriteState,
            Need::ReadProfiles,
            Need::WriteProfiles,
        ] {
            assert!(bound.may(need).is_err());
        }
    }

    #[test]
    fn scope_names_round_trip() {
        for scope in Scope::ALL {
            assert_eq!(Scope::parse(scope.name()), Some(scope));
        }
        assert_eq!(Scope::parse("everything"), None);
    }
}
