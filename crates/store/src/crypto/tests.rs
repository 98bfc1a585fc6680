use super::*;

fn keyring() -> Keyring {
    Keyring::derive(&MasterKey::generate())
}

#[test]
fn a_sealed_field_opens_with_the_same_key_and_field() {
    let keys = keyring();
    let wrapped = keys.new_wrapped_data_key().expect("key");
    let sealed = keys.seal(&wrapped, "name", "Rupa Mondal".as_bytes()).expect("seal");
    assert!(!sealed.windows(4).any(|w| w == b"Rupa"));
    let opened = keys.open(&wrapped, "name", &sealed).expect("open");
    assert_eq!(opened.expose(), "Rupa Mondal".as_bytes());
}

#[test]
fn a_tampered_ciphertext_is_refused() {
    let keys = keyring();
    let wrapped = keys.new_wrapped_data_key().expect("key");
    let sealed = keys.seal(&wrapped, "phone", b"9830012345").expect("seal");
    for i in [0, 1, sealed.len() / 2, sealed.len() - 1] {
        let mut tampered = sealed.clone();
        tampered[i] ^= 0x01;
        assert!(matches!(keys.open(&wrapped, "phone", &tampered), Err(StoreError::Decrypt)), "byte {i}");
    }
    assert!(matches!(keys.open(&wrapped, "phone", &sealed[..10]), Err(StoreError::Decrypt)));
    assert!(matches!(keys.open(&wrapped, "phone", &[]), Err(StoreError::Decrypt)));
}

#[test]
fn a_ciphertext_moved_to_another_field_does_not_open() {
    let keys = keyring();
    let wrapped = keys.new_wrapped_data_key().expect("key");
    let sealed = keys.seal(&wrapped, "notes", b"moved to Pune").expect("seal");
    assert!(matches!(keys.open(&wrapped, "name", &sealed), Err(StoreError::Decrypt)));
}

#[test]
fn another_members_key_or_another_master_key_cannot_open_it() {
    let keys = keyring();
    let hers = keys.new_wrapped_data_key().expect("key");
    let someone_elses = keys.new_wrapped_data_key().expect("key");
    let sealed = keys.seal(&hers, "name", b"Rupa").expect("seal");
    assert!(matches!(keys.open(&someone_elses, "name", &sealed), Err(StoreError::Decrypt)));
    assert!(matches!(keyring().open(&hers, "name", &sealed), Err(StoreError::Decrypt)));
    assert!(matches!(keys.open(&sealed, "name", &sealed), Err(StoreError::Decrypt)));
}

#[test]
fn the_blind_index_is_stable_keyed_and_separated_by_purpose() {
    let master = MasterKey::generate();
    let a = Keyring::derive(&master);
    let b = Keyring::derive(&MasterKey::from_base64(master.to_base64().expose()).expect("round trip"));
    assert_eq!(a.blind_index("phone", "9830012345"), b.blind_index("phone", "9830012345"));
    assert_eq!(a.blind_index("phone", "9830012345").len(), 64);
    assert_ne!(a.blind_index("phone", "9830012345"), a.blind_index("aadhaar", "9830012345"));
    assert_ne!(a.blind_index("phone", "9830012345"), keyring().blind_index("phone", "9830012345"));
    assert_ne!(a.subkey("web-csrf"), a.subkey("other"));
    assert_eq!(a.subkey("web-csrf"), b.subkey("web-csrf"));
}

#[test]
fn master_keys_of_the_wrong_length_or_alphabet_are_refused() {
    assert!(MasterKey::from_base64("c2hvcnQ=").is_err());
    assert!(MasterKey::from_base64("not base64 at all!").is_err());
    assert!(MasterKey::from_base64("").is_err());
}

#[test]
fn debug_output_never_shows_key_material() {
    let master = MasterKey::generate();
    assert_eq!(format!("{master:?}"), "MasterKey([redacted])");
    assert_eq!(format!("{:?}", Keyring::derive(&master)), "Keyring([redacted])");
}

#[cfg(unix)]
mod key_file {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_key_file_is_created_private_once_and_then_reused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data_dir = dir.path().join("data");
        let (first, created) = MasterKey::load_or_create(&data_dir).expect("create");
        assert!(created);
        let path = data_dir.join("master.key");
        let mode = std::fs::metadata(&path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let (second, created) = MasterKey::load_or_create(&data_dir).expect("load");
        assert!(!created);
        assert_eq!(first.to_base64().expose(), second.to_base64().expose());
        let leftovers: Vec<_> = std::fs::read_dir(&data_dir).expect("dir").collect();
        assert_eq!(leftovers.len(), 1, "only master.key remains");
    }

    #[test]
    fn a_key_file_readable_by_others_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        MasterKey::load_or_create(dir.path()).expect("create");
        let path = dir.path().join("master.key");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        match MasterKey::load_or_create(dir.path()) {
            Err(StoreError::MasterKey(message)) => {
                assert!(message.contains("chmod 600"), "{message}");
                assert!(message.contains("640"), "{message}");
            }
            other => panic!("a group-readable key was accepted: {other:?}"),
        }
    }

    #[test]
    fn a_corrupt_key_file_is_refused_not_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("master.key");
        std::fs::write(&path, "garbage").expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        assert!(matches!(MasterKey::load_or_create(dir.path()), Err(StoreError::MasterKey(_))));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "garbage");
    }
}
