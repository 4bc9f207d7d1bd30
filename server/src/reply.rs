//! The API's replies: JSON bodies, errors, and the error type of the handlers.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// The reply header naming the action an operation started.
pub const ACTION_HEADER: &str = "X-DockerCloud-Action-URI";
/// The message of a 401 reply.
pub const UNAUTHORIZED: &str = "Unauthorized: missing or wrong credentials";

/// A refused request: HTTP status and message.
#[derive(Debug)]
pub struct ApiError(pub u16, pub String);

impl ApiError {
    /// A 400 reply.
    pub fn bad(msg: impl Into<String>) -> Self {
        ApiError(400, msg.into())
    }
    /// A 500 reply: the server could not do what it must (save the state).
    pub fn internal(msg: impl Into<String>) -> Self {
        ApiError(500, msg.into())
    }
    /// A 404 reply for an unknown `what`.
    pub fn not_found(what: &str) -> Self {
        ApiError(404, format!("{what} not found"))
    }
}

impl From<String> for ApiError {
    fn from(msg: String) -> Self {
        ApiError(400, msg)
    }
}

/// An error reply: `{"error": message}`; a 401 says how to authenticate.
pub fn error(code: u16, message: &str) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    let mut r = (status, axum::Json(json!({ "error": message }))).into_response();
    if status == StatusCode::UNAUTHORIZED {
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"Docker Cloud\""),
        );
    }
    r
}

/// A JSON reply, with the header naming the action when there is one.
pub fn reply(status: u16, body: &Value, action: Option<&str>) -> Response {
    let mut r = Response::new(axum::body::Body::from(body.to_string()));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Some(a) = action {
        if let Ok(v) = HeaderValue::from_str(&format!("/api/audit/v1/action/{a}/")) {
            r.headers_mut().insert(ACTION_HEADER, v);
        }
    }
    r
}
