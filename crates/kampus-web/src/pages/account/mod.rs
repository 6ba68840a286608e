//! Accounts in the browser: signing in and out, the language preference, registering with
//! an invitation code, the pages the emailed links open, and the profile.

pub mod links;
pub mod profile;
pub mod register;
pub mod sign_in;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    sign_in::configure(cfg);
    register::configure(cfg);
    links::configure(cfg);
    profile::configure(cfg);
}
