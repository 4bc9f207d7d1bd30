//! Credentials: HTTP Basic users, `ApiKey` headers, verbatim tokens and stream query
//! parameters.

use base64::Engine;

/// The user created when no `--user` is given.
pub const DEMO_USER: (&str, &str) = ("demo", "demo-apikey");

/// The accepted credentials.
pub struct Auth {
    /// (name, apikey), the first one owns the seed data.
    pub users: Vec<(String, String)>,
    /// (name, verbatim Authorization value).
    pub tokens: Vec<(String, String)>,
}

impl Auth {
    /// Parses `--user NAME:APIKEY` and `--token NAME=VALUE` values.
    pub fn from_args(users: &[String], tokens: &[String]) -> Result<Self, String> {
        let mut parsed = Vec::new();
        for u in users {
            match u.split_once(':') {
                Some((n, k)) if valid_name(n) && !k.is_empty() => {
                    parsed.push((n.to_string(), k.to_string()))
                }
                _ => return Err(format!("invalid --user '{u}' (expected NAME:APIKEY)")),
            }
        }
        if parsed.is_empty() {
            parsed.push((DEMO_USER.0.to_string(), DEMO_USER.1.to_string()));
        }
        let mut toks = Vec::new();
        for t in tokens {
            match t.split_once('=') {
                Some((n, v)) if valid_name(n) && !v.trim().is_empty() => {
                    toks.push((n.to_string(), v.trim().to_string()))
                }
                _ => return Err("invalid --token (expected NAME=VALUE)".to_string()),
            }
        }
        Ok(Auth {
            users: parsed,
            tokens: toks,
        })
    }

    /// The user an `Authorization` header value stands for.
    pub fn check_header(&self, value: &str) -> Option<String> {
        let value = value.trim();
        if let Some((user, _)) = self.tokens.iter().find(|(_, v)| v == value) {
            return Some(user.clone());
        }
        let (scheme, rest) = value.split_once(' ')?;
        let pair = match scheme.to_ascii_lowercase().as_str() {
            "basic" => {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(rest.trim())
                    .ok()?;
                String::from_utf8(bytes).ok()?
            }
            "apikey" => rest.trim().to_string(),
            _ => return None,
        };
        let (user, key) = pair.split_once(':')?;
        self.check_key(user, key)
    }

    /// The user named by `user` if `key` is its API key.
    pub fn check_key(&self, user: &str, key: &str) -> Option<String> {
        self.users
            .iter()
            .find(|(n, k)| n == user && k == key)
            .map(|(n, _)| n.clone())
    }

    /// The user given by stream query parameters (`user` + `token`, or `auth`).
    pub fn check_query(&self, query: &str) -> Option<String> {
        let (mut user, mut token, mut auth) = (None, None, None);
        for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
            match k.as_ref() {
                "user" => user = Some(v.into_owned()),
                "token" | "apikey" => token = Some(v.into_owned()),
                "auth" => auth = Some(v.into_owned()),
                _ => {}
            }
        }
        if let (Some(u), Some(t)) = (&user, &token) {
            if let Some(found) = self.check_key(u, t) {
                return Some(found);
            }
        }
        auth.and_then(|a| self.check_header(&a))
    }
}

/// Whether `name` is usable as a user name and namespace.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}
