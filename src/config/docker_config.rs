//! The Docker config file (`config.json`): credentials of one server read from it or from
//! the credential helper it names, and written to it the way `docker login` does. Each server
//! has its own entry (see [`crate::config::Config::credential_key`]): Docker Hub's for the
//! default Docker Cloud host, the REST host's URL for any other.

use std::fmt;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use base64::Engine;
use serde_json::Value;

use super::basic_auth::token;
use super::credential_helper;
use super::env::Env;
use crate::error::{Error, Result};

/// The Docker config entry that holds the credentials of the default Docker Cloud host.
pub const DOCKER_HUB: &str = "https://index.docker.io/v1/";

/// The Docker config file at its path.
#[derive(Debug, Clone)]
pub struct DockerConfig {
    path: PathBuf,
}

/// Where `login` stored credentials or `logout` removed them from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Store {
    /// The `auths` entry of this Docker config file.
    File(PathBuf),
    /// The credential helper `docker-credential-<name>`.
    Helper(String),
}

impl fmt::Display for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Store::File(path) => write!(f, "{}", path.display()),
            Store::Helper(name) => write!(f, "credential helper docker-credential-{name}"),
        }
    }
}

impl DockerConfig {
    /// `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
    pub fn locate(env: &Env) -> Option<DockerConfig> {
        let path = match env.get("DOCKER_CONFIG") {
            Some(dir) => PathBuf::from(dir).join("config.json"),
            None => PathBuf::from(env.get("HOME")?)
                .join(".docker")
                .join("config.json"),
        };
        Some(DockerConfig { path })
    }

    /// The directory holding the file.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The Basic token stored under `key`: a `credHelpers` entry, then `credsStore`, then
    /// the inline `auths` entry. A missing file means no credential.
    pub fn credentials(&self, key: &str) -> Result<Option<String>> {
        let Some(config) = self.read()? else {
            return Ok(None);
        };
        if let Some(helper) = helper_for(&config, key) {
            return credential_helper::get(helper, key);
        }
        let Some(auth) = config
            .get("auths")
            .and_then(|a| a.get(key))
            .and_then(|entry| entry.get("auth"))
            .and_then(Value::as_str)
            .filter(|auth| !auth.is_empty())
        else {
            return Ok(None);
        };
        let valid = base64::engine::general_purpose::STANDARD
            .decode(auth)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .is_some_and(|pair| pair.contains(':'));
        if !valid {
            return Err(Error::auth(format!(
                "the auth entry for {key} in {} is not base64 of user:password",
                self.path.display()
            )));
        }
        Ok(Some(auth.to_string()))
    }

    /// Where `login` stores credentials: the credential helper the file names, else the
    /// file. Fails when the file cannot take them (unreadable, not a JSON object, `auths`
    /// not an object), so that `login` can tell before asking the API.
    pub fn login_store(&self, key: &str) -> Result<Store> {
        Ok(self.login_target(key)?.1)
    }

    /// The file's contents (an empty object when it does not exist yet) and where `login`
    /// stores credentials according to it.
    fn login_target(&self, key: &str) -> Result<(Value, Store)> {
        let config = self
            .read()?
            .unwrap_or_else(|| Value::Object(Default::default()));
        if let Some(helper) = helper_for(&config, key) {
            let store = Store::Helper(helper.to_string());
            return Ok((config, store));
        }
        if config.get("auths").is_some_and(|auths| !auths.is_object()) {
            return Err(Error::usage(format!(
                "invalid Docker config file {}: \"auths\" is not an object",
                self.path.display()
            )));
        }
        Ok((config, Store::File(self.path.clone())))
    }

    /// Stores credentials under `key` like `docker login`: through the credential helper the
    /// file names, else as the `auths` entry of the file (created if needed).
    pub fn store_login(&self, key: &str, user: &str, secret: &str) -> Result<Store> {
        let (mut config, store) = self.login_target(key)?;
        match &store {
            Store::Helper(helper) => credential_helper::store(helper, key, user, secret)?,
            Store::File(path) => {
                let entry = serde_json::json!({ "auth": token(user, secret) });
                if let Some(object) = config.as_object_mut() {
                    let auths = object
                        .entry("auths")
                        .or_insert_with(|| Value::Object(Default::default()));
                    // `login_target` made sure `auths` is an object.
                    if let Some(auths) = auths.as_object_mut() {
                        auths.insert(key.to_string(), entry);
                    }
                }
                write_private(path, &config)?;
            }
        }
        Ok(store)
    }

    /// Removes the credentials `login` (or `docker login`) stored under `key`; `None` when
    /// there were none.
    pub fn erase_login(&self, key: &str) -> Result<Option<Store>> {
        let Some(mut config) = self.read()? else {
            return Ok(None);
        };
        if let Some(helper) = helper_for(&config, key) {
            let erased = credential_helper::erase(helper, key)?;
            return Ok(erased.then(|| Store::Helper(helper.to_string())));
        }
        let removed = config
            .get_mut("auths")
            .and_then(Value::as_object_mut)
            .and_then(|auths| auths.shift_remove(key));
        if removed.is_none() {
            return Ok(None);
        }
        write_private(&self.path, &config)?;
        Ok(Some(Store::File(self.path.clone())))
    }

    /// The file as JSON: `None` when it does not exist, an empty object when it is empty.
    fn read(&self) -> Result<Option<Value>> {
        let path = &self.path;
        let text = match crate::bounded::read_text(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::auth(format!("cannot read {}: {e}", path.display())));
            }
        };
        if text.trim().is_empty() {
            return Ok(Some(Value::Object(Default::default())));
        }
        match serde_json::from_str(&text) {
            Ok(config @ Value::Object(_)) => Ok(Some(config)),
            Ok(_) => Err(Error::auth(format!(
                "invalid Docker config file {}: not a JSON object",
                path.display()
            ))),
            Err(e) => Err(Error::auth(format!(
                "invalid JSON in {}: {e}",
                path.display()
            ))),
        }
    }
}

/// The credential helper the Docker config names for `key`: its `credHelpers` entry, else
/// `credsStore`.
fn helper_for<'a>(config: &'a Value, key: &str) -> Option<&'a str> {
    config
        .get("credHelpers")
        .and_then(|h| h.get(key))
        .and_then(Value::as_str)
        .or_else(|| config.get("credsStore").and_then(Value::as_str))
        .filter(|name| !name.is_empty())
}

/// Replaces the file at `path` (or the file a symbolic link there points to) with `config`
/// as tab-indented JSON, atomically: a private temporary file in the same directory is
/// written, flushed to disk and renamed over it. The file is readable by its owner only; a
/// missing directory is created, readable by its owner only.
pub(super) fn write_private(path: &Path, config: &Value) -> Result<()> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let fail =
        |e: std::io::Error| Error::failure(format!("cannot write {}: {e}", target.display()));
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(fail)?;
    let mut text = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut text, formatter);
    serde::Serialize::serialize(config, &mut serializer)
        .map_err(|e| Error::failure(format!("cannot encode the Docker config: {e}")))?;
    text.push(b'\n');
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(
        ".{name}.{}.{:08x}.tmp",
        std::process::id(),
        fastrand::u32(..)
    ));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .and_then(|mut file| {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            file.write_all(&text)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temporary, &target));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(fail(e));
    }
    // The rename is durable once the directory is flushed; a failure here loses nothing.
    if let Ok(directory) = std::fs::File::open(dir) {
        let _ = directory.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::env::env;
    use crate::config::Config;

    #[test]
    fn the_config_file_is_rewritten_privately_keeping_other_entries() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("new");
        let config = Config::new(env(&[("DOCKER_CONFIG", home.to_str().unwrap())]), None).unwrap();
        let file = config.docker_config().unwrap();
        assert_eq!(file.erase_login(DOCKER_HUB).unwrap(), None);
        let path = home.join("config.json");
        assert_eq!(
            file.store_login(DOCKER_HUB, "u", "p").unwrap(),
            Store::File(path.clone())
        );
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&home), 0o700);
        assert_eq!(config.authorization().unwrap(), "Basic dTpw");
        std::fs::write(
            &path,
            r#"{"z": 1, "auths": {"x.io": {"auth": "eDp5"}}, "a": [true]}"#,
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        file.store_login(DOCKER_HUB, "v", "q").unwrap();
        assert_eq!(mode(&path), 0o600);
        let text = std::fs::read_to_string(&path).unwrap();
        let keys: Vec<&str> = [
            "\"z\"",
            "\"x.io\"",
            "\"https://index.docker.io/v1/\"",
            "\"a\"",
        ]
        .into_iter()
        .filter(|key| text.contains(key))
        .collect();
        assert_eq!(keys.len(), 4, "{text}");
        assert!(text.find("\"z\"") < text.find("\"a\""), "{text}");
        assert_eq!(config.authorization().unwrap(), "Basic djpx");
        assert_eq!(
            file.erase_login(DOCKER_HUB).unwrap(),
            Some(Store::File(path.clone()))
        );
        assert_eq!(file.erase_login(DOCKER_HUB).unwrap(), None);
        let left: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            left,
            serde_json::json!({"z": 1, "auths": {"x.io": {"auth": "eDp5"}}, "a": [true]})
        );
        assert_eq!(
            std::fs::read_dir(&home).unwrap().count(),
            1,
            "no temporary file is left"
        );
        std::fs::write(&path, "[1]").unwrap();
        assert!(file.store_login(DOCKER_HUB, "u", "p").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "[1]");
    }

    #[test]
    fn a_linked_config_file_is_updated_where_it_lives() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles").join("docker.json");
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, r#"{"keep": true}"#).unwrap();
        let home = dir.path().join("docker");
        std::fs::create_dir_all(&home).unwrap();
        std::os::unix::fs::symlink(&real, home.join("config.json")).unwrap();
        let config = Config::new(env(&[("DOCKER_CONFIG", home.to_str().unwrap())]), None).unwrap();
        let file = config.docker_config().unwrap();
        file.store_login(DOCKER_HUB, "u", "p").unwrap();
        assert!(std::fs::symlink_metadata(home.join("config.json"))
            .unwrap()
            .file_type()
            .is_symlink());
        let stored: Value = serde_json::from_str(&std::fs::read_to_string(&real).unwrap()).unwrap();
        assert_eq!(stored["keep"], true);
        assert_eq!(stored["auths"][DOCKER_HUB]["auth"], "dTpw");
    }
}
