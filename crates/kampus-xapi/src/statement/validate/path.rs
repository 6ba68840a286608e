//! Where a rule is checked, as a chain of borrowed segments on the stack.
//!
//! The LRS validates batches of statements and almost all of them are valid: the location is
//! only rendered (`statement.context.contextActivities.parent[0].id`) when a rule is broken, so
//! the happy path allocates nothing for it.

use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Root(&'a str),
    Key(&'a str),
    Index(usize),
}

/// A location in the checked JSON document.
#[derive(Debug, Clone, Copy)]
pub(super) struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    segment: Segment<'a>,
}

impl<'a> Path<'a> {
    /// The document itself, named `name` (`statement`, `agent`).
    pub(super) fn root(name: &'a str) -> Path<'a> {
        Path {
            parent: None,
            segment: Segment::Root(name),
        }
    }

    /// The property `key` of the object here.
    pub(super) fn key<'b>(&'b self, key: &'b str) -> Path<'b> {
        Path {
            parent: Some(self),
            segment: Segment::Key(key),
        }
    }

    /// The element `index` of the array here.
    pub(super) fn index(&self, index: usize) -> Path<'_> {
        Path {
            parent: Some(self),
            segment: Segment::Index(index),
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            parent.fmt(f)?;
        }
        match self.segment {
            Segment::Root(name) => f.write_str(name),
            Segment::Key(key) => write!(f, ".{key}"),
            Segment::Index(index) => write!(f, "[{index}]"),
        }
    }
}
