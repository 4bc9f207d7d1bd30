//! Shared server state and the REST routes.

use std::sync::{Arc, Mutex};

use axum::Router;

use crate::hub::Hub;
use crate::Args;

/// Everything the handlers share.
pub struct AppState {
    pub hub: Arc<Hub>,
    pub store: Mutex<()>,
}

impl AppState {
    /// Builds the state from the command line (seed, users, speed, persistence).
    pub fn from_args(_args: &Args) -> Result<Self, String> {
        Ok(AppState {
            hub: Arc::new(Hub::new()),
            store: Mutex::new(()),
        })
    }

    /// Lines printed on stdout after the listening line (users and how to log in).
    pub fn banner(&self) -> Vec<String> {
        Vec::new()
    }
}

/// The REST API routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
}

/// Adds a request log on stderr when `enabled`.
pub fn with_request_log(router: Router, _enabled: bool) -> Router {
    router
}
