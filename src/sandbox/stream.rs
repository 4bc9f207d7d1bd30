//! The Stream API: events, logs and exec over WebSocket.

use std::sync::Arc;

use axum::Router;

use crate::app::AppState;

/// The WebSocket routes, mounted beside the REST routes on the same port.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
}
