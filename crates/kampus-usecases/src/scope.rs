//! Which people's data a staff member may see.

use kampus_store::InstitutionId;

/// See the module documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Admins: everyone.
    All,
    /// Trainers: the institutions assigned to them (possibly none).
    Institutions(Vec<InstitutionId>),
}

impl Scope {
    /// The institutions to filter by, or `None` for no filter.
    pub fn institutions(&self) -> Option<&[InstitutionId]> {
        match self {
            Scope::All => None,
            Scope::Institutions(ids) => Some(ids),
        }
    }

    pub fn includes(&self, institution: Option<InstitutionId>) -> bool {
        match self {
            Scope::All => true,
            Scope::Institutions(ids) => institution.is_some_and(|i| ids.contains(&i)),
        }
    }
}
