//! Statement validation (to be written).
