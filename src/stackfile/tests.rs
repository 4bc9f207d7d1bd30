//! Stackfile tests: discovery, loading (interpolation, validation, merging) and export.

use super::*;
use serde_json::json;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

fn no_env(_: &str) -> Option<String> {
    None
}

/// Writes `files` (name, content) into a new temporary directory.
fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }
    dir
}

fn load_texts(texts: &[&str], vars: &[(&str, &str)]) -> Result<Loaded> {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.path().join(format!("s{i}.yml"));
            fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    load(&paths, &|name| vars.get(name).cloned())
}

fn services(texts: &[&str], vars: &[(&str, &str)]) -> Vec<Value> {
    load_texts(texts, vars).unwrap().services
}

fn error(texts: &[&str], vars: &[(&str, &str)]) -> String {
    let error = load_texts(texts, vars).unwrap_err();
    assert_eq!(error.exit_code(), crate::error::EXIT_USAGE);
    assert!(!error.message.contains('\n'), "{}", error.message);
    error.message
}

fn command_of(text: &str, vars: &[(&str, &str)]) -> Result<String> {
    let yaml = format!(
        "web:\n  image: x\n  command: '{}'\n",
        text.replace('\'', "''")
    );
    load_texts(&[&yaml], vars).map(|l| l.services[0]["command"].as_str().unwrap().to_string())
}

#[test]
fn discover_finds_the_first_candidate_and_its_override() {
    let dir = dir_with(&[
        ("docker-compose.yml", "a:\n"),
        ("tutum.yml", "a:\n"),
        ("tutum.override.yml", "a:\n"),
        ("docker-compose.override.yml", "a:\n"),
    ]);
    assert_eq!(
        discover(dir.path()).unwrap(),
        vec![
            dir.path().join("tutum.yml"),
            dir.path().join("tutum.override.yml")
        ]
    );
}

#[test]
fn discover_walks_up_and_ignores_other_overrides() {
    let dir = dir_with(&[
        ("docker-cloud.yaml", "a:\n"),
        ("docker-cloud.override.yml", "a:\n"),
        ("sub/deeper/file.txt", ""),
    ]);
    let deep = dir.path().join("sub/deeper");
    assert_eq!(
        discover(&deep).unwrap(),
        vec![dir.path().join("docker-cloud.yaml")]
    );
}

#[test]
fn discover_stops_at_the_nearest_directory() {
    let dir = dir_with(&[
        ("docker-cloud.yml", "a:\n"),
        ("sub/docker-compose.yaml", "b:\n"),
    ]);
    let sub = dir.path().join("sub");
    assert_eq!(
        discover(&sub).unwrap(),
        vec![sub.join("docker-compose.yaml")]
    );
}

#[test]
fn discover_without_stackfile_is_a_usage_error() {
    let dir = dir_with(&[("docker-cloud.yml/placeholder", "")]);
    let error = discover(dir.path()).unwrap_err();
    assert_eq!(error.exit_code(), crate::error::EXIT_USAGE);
    assert!(error.message.starts_with(
        "no stackfile found (looked for docker-cloud.yml, docker-cloud.yaml, tutum.yml"
    ));
    assert!(error.message.ends_with("and its parents); use -f FILE"));
    assert!(error.message.contains(&dir.path().display().to_string()));
}

#[test]
fn stack_names() {
    let dir = dir_with(&[("myapp/docker-cloud.yml", "a:\n")]);
    let file = dir.path().join("myapp/docker-cloud.yml");
    assert_eq!(stack_name(Some("given"), &file).unwrap(), "given");
    assert_eq!(stack_name(None, &file).unwrap(), "myapp");
    let dotted = dir.path().join("myapp/../myapp/./docker-cloud.yml");
    assert_eq!(stack_name(None, &dotted).unwrap(), "myapp");
    assert_eq!(stack_name(Some(""), &file).unwrap_err().exit_code(), 2);
    assert_eq!(stack_name(Some("  "), &file).unwrap_err().exit_code(), 2);
    assert!(stack_name(None, Path::new("/docker-cloud.yml")).is_err());
}

#[test]
fn load_adds_names_and_keeps_order() {
    let loaded = load_texts(
        &["zeta:\n  image: z\nalpha:\n  image: a\nmid:\n  image: m\n  name: other\n"],
        &[],
    )
    .unwrap();
    assert!(loaded.warnings.is_empty());
    assert_eq!(
        loaded.services,
        vec![
            json!({"image": "z", "name": "zeta"}),
            json!({"image": "a", "name": "alpha"}),
            json!({"image": "m", "name": "mid"}),
        ]
    );
}

#[test]
fn later_files_deep_merge() {
    let base = "web:\n  image: web\n  environment:\n    A: '1'\n    B: '2'\n  ports:\n    - 80:80\n    - 443:443\n  target_num_containers: 2\ndb:\n  image: mysql\n";
    let over = "new:\n  image: n\nweb:\n  environment:\n    B: three\n    C: '4'\n  ports:\n    - 8080:80\n  target_num_containers: 5\ndb:\n";
    assert_eq!(
        services(&[base, over], &[]),
        vec![
            json!({"image": "web", "environment": {"A": "1", "B": "three", "C": "4"}, "ports": ["8080:80"], "target_num_containers": 5, "name": "web"}),
            json!({"image": "mysql", "name": "db"}),
            json!({"image": "n", "name": "new"}),
        ]
    );
}

#[test]
fn merge_replaces_mapping_with_list_and_null() {
    let base = "web:\n  image: a\n  environment:\n    A: x\n  labels:\n    l: v\n";
    let over = "web:\n  environment:\n    - B=y\n  labels:\n";
    assert_eq!(
        services(&[base, over], &[]),
        vec![json!({"image": "a", "environment": ["B=y"], "labels": null, "name": "web"})]
    );
}

#[test]
fn interpolation_forms() {
    let vars = [("VAR", "value"), ("EMPTY", ""), ("Bc", "BC")];
    let cases = [
        ("plain", "plain"),
        ("$$", "$"),
        ("cost $$5", "cost $5"),
        ("$$VAR", "$VAR"),
        ("$VAR", "value"),
        ("${VAR}", "value"),
        ("x${VAR}y", "xvaluey"),
        ("a$Bc-d", "aBC-d"),
        ("$VAR_x", ""),
        ("${UNSET:-def}", "def"),
        ("${EMPTY:-def}", "def"),
        ("${VAR:-def}", "value"),
        ("${VAR:-a+b}", "value"),
        ("${UNSET:-a+b}", "a+b"),
        ("${UNSET-def}", "def"),
        ("${EMPTY-def}", ""),
        ("${UNSET:-}", ""),
        ("${UNSET:-${VAR}}", "value"),
        ("${UNSET:-a$$b}", "a$b"),
        ("${UNSET:-{x}", "{x"),
        ("${VAR:+alt}", "alt"),
        ("${EMPTY:+alt}", ""),
        ("${EMPTY+alt}", "alt"),
        ("${UNSET+alt}", ""),
        ("${VAR:?needed}", "value"),
        ("${EMPTY?needed}", ""),
        ("ü$VAR", "üvalue"),
    ];
    for (input, expected) in cases {
        assert_eq!(command_of(input, &vars).unwrap(), expected, "{input}");
    }
}

#[test]
fn interpolation_errors_name_file_service_key_and_string() {
    for bad in [
        "$", "a$", "$5", "${}", "${1}", "${VAR", "${VAR:x}", "${VAR!}", "$-", "$ x", "${ VAR}",
        "$ü",
    ] {
        let message = error(
            &[&format!("web:\n  image: x\n  command: '{bad}'\n")],
            &[("VAR", "v")],
        );
        assert!(
            message.contains("s0.yml: service 'web', key 'command': "),
            "{message}"
        );
        assert!(message.ends_with(&format!("in {bad:?}")), "{message}");
    }
}

#[test]
fn required_variables_fail_with_their_message() {
    let message = command_of("${NEEDED:?set NEEDED first}", &[])
        .unwrap_err()
        .message;
    assert!(message.ends_with("required variable NEEDED is missing a value: set NEEDED first in \"${NEEDED:?set NEEDED first}\""), "{message}");
    assert!(command_of("${EMPTY:?x}", &[("EMPTY", "")]).is_err());
    assert!(command_of("${UNSET?x}", &[]).is_err());
}

#[test]
fn interpolation_reaches_nested_values_but_not_keys_or_numbers() {
    let text = "web:\n  image: $IMG\n  environment:\n    $KEY: $VAL\n  ports:\n    - ${PORT}:80\n  labels:\n    deep:\n      - x: $VAL\n  target_num_containers: 3\n";
    let got = services(
        &[text],
        &[("IMG", "i"), ("KEY", "k"), ("VAL", "v"), ("PORT", "81")],
    );
    assert_eq!(
        got[0],
        json!({"image": "i", "environment": {"$KEY": "v"}, "ports": ["81:80"], "labels": {"deep": [{"x": "v"}]}, "target_num_containers": 3, "name": "web"})
    );
}

#[test]
fn unset_variables_warn_once() {
    let loaded = load_texts(
        &[
            "web:\n  image: x$MISSING\n  command: ${MISSING} $OTHER ${DEFAULTED:-x}\n",
            "db:\n  image: y$MISSING\n",
        ],
        &[],
    )
    .unwrap();
    assert_eq!(
        loaded.warnings,
        vec![
            "The MISSING variable is not set. Defaulting to a blank string.",
            "The OTHER variable is not set. Defaulting to a blank string.",
        ]
    );
    assert_eq!(loaded.services[0]["command"], "  x");
}

#[test]
fn environment_injection_list_and_mapping() {
    let text = "web:\n  image: x\n  environment:\n    - FROMHOST\n    - FIXED=1\n    - COST=$$5\n    - UNSET\n    - EMPTYHOST\n    - 5\ndb:\n  image: y\n  environment:\n    HOSTVAR:\n    OTHER: x\n    ZERO: 0\n    NO: false\n    BLANK: ''\n    MISSING:\n";
    let vars = [
        ("FROMHOST", "hv"),
        ("HOSTVAR", "hv2"),
        ("ZERO", "z"),
        ("NO", "n"),
        ("BLANK", "b"),
        ("EMPTYHOST", ""),
    ];
    let got = services(&[text], &vars);
    assert_eq!(
        got[0]["environment"],
        json!([
            "FROMHOST=hv",
            "FIXED=1",
            "COST=$5",
            "UNSET",
            "EMPTYHOST=",
            5
        ])
    );
    assert_eq!(
        got[1]["environment"],
        json!({"HOSTVAR": "hv2", "OTHER": "x", "ZERO": 0, "NO": false, "BLANK": "", "MISSING": null})
    );
}

#[test]
fn yaml_1_2_scalars_stay_strings() {
    let text = "web:\n  image: x\n  ports:\n    - 22:22\n    - 80:80\n  restart: no\n  command: 2016-01-01\n  labels:\n    a: yes\n    b: 012\n    c: 1_000\n    d: 0x1F\n    e: ~\n    f: 1.5\n";
    let got = services(&[text], &[]);
    assert_eq!(got[0]["ports"], json!(["22:22", "80:80"]));
    assert_eq!(got[0]["restart"], "no");
    assert_eq!(got[0]["command"], "2016-01-01");
    assert_eq!(
        got[0]["labels"],
        json!({"a": "yes", "b": "012", "c": "1_000", "d": 31, "e": null, "f": 1.5})
    );
}

#[test]
fn boolean_keys_accept_yaml_1_1_words() {
    let text = "web:\n  image: x\n  privileged: yes\n  autoredeploy: Off\n  tty: true\n  stdin_open: 'ON'\n  read_only: $RO\n  sequential_deployment:\n";
    let got = services(&[text], &[("RO", "false")]);
    assert_eq!(
        got[0],
        json!({"image": "x", "privileged": true, "autoredeploy": false, "tty": true, "stdin_open": true, "read_only": false, "sequential_deployment": null, "name": "web"})
    );
    for bad in ["maybe", "1", "y", "[]", "{a: b}"] {
        let message = error(&[&format!("web:\n  image: x\n  privileged: {bad}\n")], &[]);
        assert!(
            message.contains("service 'web', key 'privileged': expected true or false"),
            "{message}"
        );
    }
}

#[test]
fn merge_keys_are_applied() {
    let text = "web:\n  image: x\n  labels: &common\n    team: a\ndb:\n  image: y\n  labels:\n    <<: *common\n    role: db\n";
    let got = services(&[text], &[]);
    assert_eq!(got[1]["labels"], json!({"role": "db", "team": "a"}));
}

#[test]
fn file_errors() {
    let missing = load(&[PathBuf::from("/nonexistent/docker-cloud.yml")], &no_env).unwrap_err();
    assert!(
        missing
            .message
            .starts_with("cannot read stackfile '/nonexistent/docker-cloud.yml': "),
        "{}",
        missing.message
    );
    assert_eq!(missing.exit_code(), 2);
    let cases = [
        ("web:\n  image: [x,\n", "s0.yml:3:1: invalid YAML: "),
        ("web:\n  image: x\n image: y\n", "s0.yml:3:2: invalid YAML: "),
        ("web:\n  image: x\n  image: y\n", "duplicate entry with key \"image\""),
        ("", "s0.yml: the stackfile defines no services"),
        ("# only a comment\n", "s0.yml: the stackfile defines no services"),
        ("{}\n", "s0.yml: the stackfile defines no services"),
        ("- web\n- db\n", "s0.yml: expected a mapping of service names to definitions at the top level, found a list"),
        ("just text\n", "found a string"),
        ("42\n", "found a number"),
        ("web: tutum/hello\n", "s0.yml: service 'web': expected a mapping of keys, found a string"),
        ("web:\n  - image\n", "s0.yml: service 'web': expected a mapping of keys, found a list"),
        ("1:\n  image: x\n", "s0.yml: service names must be non-empty text, found a number"),
        ("'':\n  image: x\n", "service names must be non-empty text"),
        ("version: '3'\nservices:\n  web:\n    image: x\n", "Compose file format 2 and later"),
        ("web:\n  image: x\n  build: .\n", "s0.yml: service 'web', key 'build': not supported by Docker Cloud"),
        ("web:\n  external_links: [a]\n", "key 'external_links': not supported by Docker Cloud"),
        ("web:\n  env_file: .env\n", "key 'env_file': not supported by Docker Cloud"),
        ("web:\n  image: !reset x\n", "service 'web': YAML tags such as !reset are not supported"),
        ("web:\n  cpu_shares: .inf\n", "service 'web': the number .inf cannot be sent"),
        ("web:\n  labels:\n    [a]: b\n", "service 'web': mapping keys must be text, found a list"),
        ("web:\n  labels:\n    <<: x\n", "invalid YAML"),
    ];
    for (text, expected) in cases {
        let message = error(&[text], &[]);
        assert!(message.contains(expected), "{text:?}: {message}");
    }
}

#[test]
fn errors_name_the_failing_file() {
    let message = error(&["web:\n  image: x\n", "web:\n  ports: [bogus]\n"], &[]);
    assert!(
        message.contains("s1.yml: service 'web', key 'ports': invalid entry 'bogus'"),
        "{message}"
    );
}

#[test]
fn numeric_mapping_keys_become_text() {
    let got = services(
        &["web:\n  image: x\n  labels:\n    1: one\n    true: yes\n"],
        &[],
    );
    assert_eq!(got[0]["labels"], json!({"1": "one", "true": "yes"}));
}

#[test]
fn export_layout() {
    let export = json!({
        "web": {"target_num_containers": 2, "ports": ["80:80", "22:22"], "image": "tutum/hello-world", "environment": {"A": "ü", "B": "yes", "C": "8080", "D": "", "E": "#x", "F": "a: b", "G": "cost $5"}},
        "db": {"image": "mysql", "privileged": true, "labels": {}, "links": [], "memory": null, "cpu": 1.5, "list": [{"b": 1, "a": [["x"]]}]}
    });
    let expected = "\
db:
  cpu: 1.5
  image: mysql
  labels: {}
  links: []
  list:
  - a:
    - - x
    b: 1
  memory: null
  privileged: true
web:
  environment:
    A: ü
    B: 'yes'
    C: '8080'
    D: ''
    E: '#x'
    F: 'a: b'
    G: cost $$5
  image: tutum/hello-world
  ports:
  - 80:80
  - '22:22'
  target_num_containers: 2
";
    assert_eq!(export_yaml(&export), expected);
}

#[test]
fn export_quotes_ambiguous_strings() {
    for (text, written) in [
        ("2016-01-01", "'2016-01-01'"),
        ("012", "'012'"),
        ("1_000", "'1_000'"),
        ("0x1F", "'0x1F'"),
        ("0b101", "'0b101'"),
        ("22:22", "'22:22'"),
        ("1:30:59.5", "'1:30:59.5'"),
        ("-1:05", "'-1:05'"),
        ("80:80", "80:80"),
        ("1:65535", "1:65535"),
        ("1:5:x", "1:5:x"),
        (
            "2001-12-14t21:59:43.10-05:00",
            "'2001-12-14t21:59:43.10-05:00'",
        ),
        ("1.2.3-beta", "'1.2.3-beta'"),
        ("v1.2.3", "v1.2.3"),
        ("-1", "'-1'"),
        (".5", "'.5'"),
        ("On", "'On'"),
        ("n", "'n'"),
        ("NULL", "'NULL'"),
        ("~", "'~'"),
        (" lead", "' lead'"),
        ("it's", "it's"),
        ("'q'", "'''q'''"),
        ("- x", "'- x'"),
        ("two\nlines\n", "\"two\\nlines\\n\""),
        ("tab\there", "\"tab\\there\""),
        ("back\\slash \"q\"\n", "\"back\\\\slash \\\"q\\\"\\n\""),
        ("/data:/var/lib:ro", "/data:/var/lib:ro"),
        ("8080/udp", "8080/udp"),
        ("tutum/hello-world:latest", "tutum/hello-world:latest"),
    ] {
        assert_eq!(
            export_yaml(&json!({ "k": text })),
            format!("k: {written}\n"),
            "{text:?}"
        );
    }
}

#[test]
fn export_edge_documents() {
    assert_eq!(export_yaml(&json!({})), "{}\n");
    assert_eq!(export_yaml(&json!(null)), "null\n");
    assert!(export_yaml(&json!({"a": {"b": {"c": "d"}}})).ends_with("c: d\n"));
    assert!(!export_yaml(&json!({"a": "b"})).ends_with("\n\n"));
}

#[test]
fn export_round_trips_through_load() {
    let strings = [
        "22:22",
        "yes",
        "8080",
        "",
        "#x",
        "a: b",
        "cost $5",
        "$$",
        "${X}",
        "ü",
        "two\nlines",
        "x\ty",
        " pad ",
        "'",
        "\"",
        "\\",
        "- x",
        "[a]",
        "{b}",
        "*ref",
        "&anchor",
        "!tag",
        "%d",
        "@a",
        "`b",
        "?",
        "-",
        ":",
        "a:",
        "1e3",
        ".inf",
        "true",
        "Null",
        "\u{85}",
        "\u{2028}",
        "\u{7f}",
        "\u{1b}[1m",
        "2001-12-14t21:59:43.10-05:00",
        "0b101",
    ];
    let environment: Map<String, Value> = strings
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("V{i:02}"), json!(s)))
        .collect();
    let export = json!({
        "web": {"image": "tutum/hello-world", "environment": environment, "dns": &strings[..], "target_num_containers": 3, "privileged": false, "labels": {"n": null, "e": {}, "l": [], "f": -2.5, "big": 18446744073709551615u64}},
        "db-x": {"image": "mysql", "devices": [{"a": 1}, [1, [2]]]},
        "yes": {"image": "x"},
    });
    let text = export_yaml(&export);
    let dir = dir_with(&[("docker-cloud.yml", &text)]);
    let loaded = load(&[dir.path().join("docker-cloud.yml")], &no_env).unwrap();
    assert!(loaded.warnings.is_empty());
    let mut expected = Vec::new();
    let mut names: Vec<&String> = export.as_object().unwrap().keys().collect();
    names.sort();
    for name in names {
        let mut service = export[name].clone();
        service["name"] = json!(name);
        expected.push(service);
    }
    assert_eq!(loaded.services, expected, "{text}");
}

#[test]
fn unknown_keys_warn_and_are_sent() {
    let loaded = load_texts(
        &["web:\n  image: x\n  autorestart: ALWAYS\n  container_name: c\n"],
        &[],
    )
    .unwrap();
    assert_eq!(loaded.services[0]["autorestart"], "ALWAYS");
    assert_eq!(loaded.services[0]["container_name"], "c");
    assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
    assert!(
        loaded.warnings[0].ends_with("s0.yml: service 'web', key 'autorestart': not in the Docker Cloud stack file reference; sent as written"),
        "{:?}",
        loaded.warnings
    );
}

#[test]
fn values_are_checked_as_the_flags_are() {
    let cases = [
        ("web:\n  image: x\n  ports: ['99999']\n", "s0.yml: service 'web', key 'ports': invalid entry '99999': expected [host_port:]container_port"),
        ("web:\n  image: x\n  ports: 80:80/sctp\n", "key 'ports': invalid entry '80:80/sctp'"),
        ("web:\n  image: x\n  target_num_containers: two\n", "key 'target_num_containers': invalid value \"two\": expected a whole number"),
        ("web:\n  image: x\n  volumes: ['/a:/b:rwx']\n", "key 'volumes': invalid entry '/a:/b:rwx': expected [host_path:]container_path[:ro|rw]"),
        ("web:\n  image: x\n  net: weird\n", "key 'net': invalid value \"weird\": expected bridge, host"),
        ("web:\n  image: x\n  pid: weird\n", "key 'pid': invalid value \"weird\""),
        ("web:\n  image: x\n  links: ['a b']\n", "key 'links': invalid entry 'a b'"),
        ("web:\n  image: x\n  restart: sometimes\n", "key 'restart': invalid value"),
        ("web:\n  image: ''\n", "s0.yml: service 'web', key 'image': an image is required"),
        ("web:\n  ports: ['80']\n", "s0.yml: service 'web': an image is required"),
        ("web:\n  image:\n", "service 'web': an image is required"),
        ("bad name:\n  image: x\n", "s0.yml: invalid service name 'bad name': expected up to 64 letters"),
        ("-web:\n  image: x\n", "invalid service name '-web'"),
        ("web:\n  image: x\n  environment: ['PASS WORD=s3cret']\n", "key 'environment': entry 1: expected NAME=value"),
        ("web:\n  image: x\n  environment: ['PASS=s3cret$']\n", "key 'environment': "),
    ];
    for (text, expected) in cases {
        let message = error(&[text], &[]);
        assert!(message.contains(expected), "{text:?}: {message}");
        assert!(!message.contains("s3cret"), "{message}");
    }
    let message = error(&["web:\n  image: x\n  ports: [$P]\n"], &[("P", "0")]);
    assert!(message.contains("invalid entry '0'"), "{message}");
    let merged = services(&["web:\n  image: x\n", "web:\n  ports: [80]\n"], &[]);
    assert_eq!(merged[0]["image"], "x");
}

/// Properties of interpolation and of the value checks, over generated input.
mod properties {
    use super::super::check;
    use super::super::interpolate::Interpolator;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    /// `text` interpolated with `VAR=value` as the only variable.
    fn interpolated(text: &str) -> Result<String, String> {
        let env = |name: &str| (name == "VAR").then(|| "value".to_string());
        let mut interpolator = Interpolator::new(&env);
        let mut value = Value::String(text.to_string());
        interpolator.value(&mut value, true)?;
        Ok(value.as_str().unwrap().to_string())
    }

    proptest! {
        #[test]
        fn text_without_dollars_is_unchanged(text in "[^$]{0,40}") {
            prop_assert_eq!(interpolated(&text), Ok(text));
        }

        #[test]
        fn doubled_dollars_give_the_text_back(text in "\\PC{0,40}") {
            prop_assert_eq!(interpolated(&text.replace('$', "$$")), Ok(text));
        }

        #[test]
        fn variables_are_replaced_wherever_they_stand(
            before in "[^$]{0,10}",
            after in "[^$A-Za-z0-9_]{0,10}",
            braces in any::<bool>(),
        ) {
            let reference = if braces { "${VAR}" } else { "$VAR" };
            let got = interpolated(&format!("{before}{reference}{after}"));
            prop_assert_eq!(got, Ok(format!("{before}value{after}")));
        }

        #[test]
        fn any_text_interpolates_or_fails_on_one_line(text in "\\PC{0,40}") {
            if let Err(message) = interpolated(&text) {
                prop_assert!(!message.contains('\n'));
            }
        }

        #[test]
        fn checked_ports_are_the_flag_ports(spec in "[0-9:/a-z]{0,12}", number in any::<i64>()) {
            prop_assert_eq!(
                check::value("ports", &json!([spec.clone()])).is_ok(),
                crate::values::publish(&spec).is_some()
            );
            let valid = (1..=65535).contains(&number);
            prop_assert_eq!(check::value("ports", &json!(number)).is_ok(), valid);
        }

        #[test]
        fn counts_are_whole_numbers(number in any::<i64>(), text in "\\PC{0,6}") {
            let count_ok = |value: Value| check::value("target_num_containers", &value).is_ok();
            prop_assert_eq!(count_ok(json!(number)), (0..=i64::from(u32::MAX)).contains(&number));
            let digits = !text.is_empty()
                && text.bytes().all(|b| b.is_ascii_digit())
                && text.parse::<u64>().is_ok_and(|n| n <= u64::from(u32::MAX));
            prop_assert_eq!(count_ok(json!(text)), digits);
        }

        #[test]
        fn environment_messages_never_show_values(
            name in "[A-Z ]{0,6}",
            secret in "s3c[a-z]{8}",
        ) {
            for environment in [json!([format!("{name}={secret}")]), json!({name.clone(): [secret.clone()]})] {
                if let Err(message) = check::value("environment", &environment) {
                    prop_assert!(!message.contains(&secret), "{}", message);
                }
            }
        }

        #[test]
        fn every_known_key_takes_any_value_without_panicking(
            key in "(image|ports|expose|volumes|links|volumes_from|target_num_containers|cpu_shares|mem_limit|net|pid|restart|autodestroy|deployment_strategy|roles|tags|environment)",
            text in "\\PC{0,12}",
            number in any::<f64>(),
        ) {
            for value in [json!(text), json!([text.clone()]), json!(number), json!({text.clone(): text.clone()}), json!(null), json!(true)] {
                if let Err(message) = check::value(&key, &value) {
                    prop_assert!(!message.contains('\n'));
                }
            }
        }
    }
}
