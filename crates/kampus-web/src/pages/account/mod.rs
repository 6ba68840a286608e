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

/// The address a request came from, for the per-address throttle (as the API counts it).
pub fn client_ip(req: &actix_web::HttpRequest) -> Option<std::net::IpAddr> {
    req.peer_addr().map(|a| a.ip())
}
