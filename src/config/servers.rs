//! The servers `login` remembers, in `docker-cloud.json` beside the Docker config file: each
//! REST host with the user logged in to it (and a stream host given at login), and the one
//! commands use when `DOCKERCLOUD_REST_HOST` is unset.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::docker_config::write_private;
use crate::error::{Error, Result};

/// The file's name, in the Docker config directory.
const FILE: &str = "docker-cloud.json";

/// One remembered server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// REST base URL, without a trailing slash.
    pub url: String,
    /// The user logged in to it.
    pub user: String,
    /// The stream base URL, when one was set at login.
    pub stream_host: Option<String>,
}

/// The remembered servers and the current one.
#[derive(Debug, Clone)]
pub struct Servers {
    path: PathBuf,
    current: Option<String>,
    list: Vec<Server>,
}

impl Servers {
    /// Reads the file in `dir`; a missing file is an empty list.
    pub fn load(dir: &Path) -> Result<Servers> {
        let path = dir.join(FILE);
        let mut servers = Servers {
            path,
            current: None,
            list: Vec::new(),
        };
        let text = match std::fs::read_to_string(&servers.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(servers),
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read {}: {e}",
                    servers.path.display()
                )))
            }
        };
        let invalid = |what: &str| {
            Error::usage(format!(
                "invalid {}: {what} (remove it and log in again)",
                servers.path.display()
            ))
        };
        let value: Value = serde_json::from_str(&text).map_err(|e| invalid(&e.to_string()))?;
        servers.current = value
            .get("current")
            .and_then(Value::as_str)
            .map(str::to_string);
        let entries = match value.get("servers") {
            None => Vec::new(),
            Some(Value::Array(entries)) => entries.clone(),
            Some(_) => return Err(invalid("\"servers\" is not a list")),
        };
        for entry in entries {
            let field = |name: &str| entry.get(name).and_then(Value::as_str).map(str::to_string);
            let url = field("url").ok_or_else(|| invalid("a server has no \"url\""))?;
            servers.list.push(Server {
                url,
                user: field("user").unwrap_or_default(),
                stream_host: field("stream_host"),
            });
        }
        Ok(servers)
    }

    /// The server commands use, if one is remembered as current.
    pub fn current(&self) -> Option<&Server> {
        let url = self.current.as_deref()?;
        self.list.iter().find(|server| server.url == url)
    }

    /// Every remembered server, in the order they were first logged in to.
    pub fn list(&self) -> &[Server] {
        &self.list
    }

    /// Remembers `server` (replacing an entry for its URL) and makes it current.
    pub fn remember(&mut self, server: Server) {
        self.current = Some(server.url.clone());
        match self.list.iter_mut().find(|s| s.url == server.url) {
            Some(entry) => *entry = server,
            None => self.list.push(server),
        }
    }

    /// Forgets the server at `url`; when it was current, no server is current any more.
    /// Whether it was remembered.
    pub fn forget(&mut self, url: &str) -> bool {
        if self.current.as_deref() == Some(url) {
            self.current = None;
        }
        let before = self.list.len();
        self.list.retain(|server| server.url != url);
        self.list.len() != before
    }

    /// Makes the remembered server at `url` current.
    pub fn switch(&mut self, url: &str) -> Result<()> {
        if !self.list.iter().any(|server| server.url == url) {
            return Err(Error::usage(format!(
                "not logged in to {url}: run `docker-cloud login {url}` first \
                 (`docker-cloud server ls` lists the servers logged in to)"
            )));
        }
        self.current = Some(url.to_string());
        Ok(())
    }

    /// Writes the file (private, atomically).
    pub fn save(&self) -> Result<()> {
        let servers: Vec<Value> = self
            .list
            .iter()
            .map(|server| {
                let mut entry = json!({"url": server.url, "user": server.user});
                if let Some(stream) = &server.stream_host {
                    entry["stream_host"] = Value::from(stream.as_str());
                }
                entry
            })
            .collect();
        write_private(
            &self.path,
            &json!({"current": self.current, "servers": servers}),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(url: &str, user: &str) -> Server {
        Server {
            url: url.into(),
            user: user.into(),
            stream_host: None,
        }
    }

    #[test]
    fn servers_are_remembered_switched_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let mut servers = Servers::load(dir.path()).unwrap();
        assert!(servers.current().is_none());
        servers.remember(server("http://a:1", "u"));
        servers.remember(server("http://b:2", "v"));
        servers.save().unwrap();
        let mut loaded = Servers::load(dir.path()).unwrap();
        assert_eq!(loaded.current().unwrap().url, "http://b:2");
        assert_eq!(loaded.list().len(), 2);
        loaded.switch("http://a:1").unwrap();
        assert!(loaded.switch("http://c:3").is_err());
        assert_eq!(loaded.current().unwrap().user, "u");
        assert!(loaded.forget("http://a:1"));
        assert!(!loaded.forget("http://a:1"));
        assert!(loaded.current().is_none());
        std::fs::write(dir.path().join(FILE), "{\"servers\": 1}").unwrap();
        assert!(Servers::load(dir.path()).is_err());
    }
}
