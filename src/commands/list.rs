//! List commands over the resource table, and the filters of `ps`.

use std::collections::HashMap;

use serde_json::Value;

use super::ctx::Ctx;
use crate::api::page::Fields;
use crate::api::resolve::{find, Found};
use crate::api::resource::Resource;
use crate::api::{Client, PAGE_SIZE};
use crate::error::{Error, Result};
use crate::fields::{resource_uri, text};
use crate::output::Column;

/// How a [`Listing`] names the value of a looked-up field: `(field, value)` to the name.
type Names<'a> = Box<dyn FnMut(&'static str, &str) -> Result<String> + 'a>;

/// A list command: the objects of a resource's collection (or of a nested one), as the
/// server filters them and [`Listing::keep`] keeps them, streamed page by page as the
/// resource's table (the cells its columns declare), `--json` (each object as sent) or `-q`
/// (its `quiet` field). Only the fields that the output and `keep` read are parsed.
pub struct Listing<'a> {
    resource: &'a Resource,
    path: Option<String>,
    filters: &'a [(&'a str, &'a str)],
    keep_fields: &'a [&'static str],
    keep: Box<dyn Fn(&Value) -> bool + 'a>,
    names: Names<'a>,
    each: Box<dyn FnMut(&Value) + 'a>,
    first: Option<usize>,
}

impl<'a> Listing<'a> {
    /// Every object of `resource`'s collection.
    pub fn of(resource: &'a Resource) -> Listing<'a> {
        Listing {
            resource,
            path: None,
            filters: &[],
            keep_fields: &[],
            keep: Box::new(|_| true),
            names: Box::new(|_, _| Ok(String::new())),
            each: Box::new(|_| {}),
            first: None,
        }
    }

    /// Lists the collection at `path` instead (a nested one, such as an image's tags).
    pub fn at(mut self, path: String) -> Listing<'a> {
        self.path = Some(path);
        self
    }

    /// The server's filters (query parameters).
    pub fn filters(mut self, filters: &'a [(&'a str, &'a str)]) -> Listing<'a> {
        self.filters = filters;
        self
    }

    /// Shows only the objects `keep` accepts; it reads `fields` (and what the output reads).
    pub fn keep(
        mut self,
        fields: &'a [&'static str],
        keep: impl Fn(&Value) -> bool + 'a,
    ) -> Listing<'a> {
        self.keep_fields = fields;
        self.keep = Box::new(keep);
        self
    }

    /// How the table's [`crate::cell::Cell::Lookup`] cells name a value: `names(field,
    /// value)`, called only for table rows (see [`Lookup`] to read names once, lazily).
    pub fn names(
        mut self,
        names: impl FnMut(&'static str, &str) -> Result<String> + 'a,
    ) -> Listing<'a> {
        self.names = Box::new(names);
        self
    }

    /// Calls `each` with every table row's object (the fields its cells read).
    pub fn each(mut self, each: impl FnMut(&Value) + 'a) -> Listing<'a> {
        self.each = Box::new(each);
        self
    }

    /// Shows at most the first `n` objects, reading no more pages than needed.
    pub fn first(mut self, n: usize) -> Listing<'a> {
        self.first = Some(n);
        self
    }

    /// Lists, writing to `ctx`'s output.
    pub fn run(mut self, ctx: &Ctx) -> Result<()> {
        let resource = self.resource;
        let table = !ctx.out.is_json() && !ctx.out.is_quiet();
        let mut wanted: Vec<&'static str> = if table {
            let cells = resource.columns.iter();
            cells.flat_map(|(_, cell)| cell.fields()).copied().collect()
        } else {
            vec![resource.quiet]
        };
        for field in self.keep_fields {
            if !wanted.contains(field) {
                wanted.push(field);
            }
        }
        let fields = if ctx.out.is_json() {
            Fields::All
        } else {
            Fields::Only(&wanted)
        };
        let path = match self.path.take() {
            Some(path) => path,
            None => ctx.client.collection_path(resource),
        };
        let columns: Vec<Column> = resource.columns.iter().map(|(column, _)| *column).collect();
        let mut list = ctx.out.list(&columns);
        let mut left = self.first.unwrap_or(usize::MAX);
        let limit = left.min(PAGE_SIZE);
        ctx.client
            .list_at(&path, self.filters, limit, fields, |objects| {
                for object in objects.iter().take(left).filter(|o| (self.keep)(o)) {
                    let mut cells = Vec::new();
                    if table {
                        (self.each)(object);
                        for (_, cell) in resource.columns {
                            cells.push(cell.show(object, &mut self.names)?);
                        }
                    }
                    list.row(object, cells, text(object, resource.quiet))?;
                }
                left = left.saturating_sub(objects.len());
                list.flush()?;
                Ok(left > 0)
            })?;
        list.finish()
    }
}

/// Names a table looks up (by URI or uuid), read at most once, when a first row needs them.
pub struct Lookup<F> {
    read: Option<F>,
    names: HashMap<String, String>,
}

impl<F: FnOnce() -> Result<HashMap<String, String>>> Lookup<F> {
    /// A lookup that `read` fills on first use.
    pub fn new(read: F) -> Lookup<F> {
        Lookup {
            read: Some(read),
            names: HashMap::new(),
        }
    }

    /// The name for `key`, reading the names first if that has not been done.
    pub fn get(&mut self, key: &str) -> Result<Option<&String>> {
        if let Some(read) = self.read.take() {
            self.names = read()?;
        }
        Ok(self.names.get(key))
    }
}

/// The one object a list filter (`--stack X`, `--service X`) names, with the filters' own
/// error wording.
pub fn filter_target(client: &Client, resource: &Resource, id: &str) -> Result<Value> {
    match find(client, resource, id)? {
        Found::One(object) => Ok(object),
        Found::None => Err(Error::failure(format!(
            "Identifier '{id}' does not match any {}",
            resource.label
        ))),
        Found::Many(candidates) => Err(Error::failure(resource.ambiguous(id, &candidates))),
    }
}

/// The filters of a `ps`: `state` for `--status`, and `key` for the resource URI of the
/// [`filter_target`] object, if any.
pub fn ps_filters<'a>(
    status: Option<&'a str>,
    key: &'static str,
    target: Option<&'a Value>,
) -> Result<Vec<(&'static str, &'a str)>> {
    let mut filters = Vec::new();
    if let Some(status) = status {
        filters.push(("state", status));
    }
    if let Some(target) = target {
        filters.push((key, resource_uri(target)?));
    }
    Ok(filters)
}
