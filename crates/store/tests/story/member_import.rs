//! Importing a paper register of members: a 500-row file with three bad rows is previewed with
//! exactly those rows named and nothing written; the corrected file imports all 500 in one
//! transaction; the same file again is refused row by row as duplicates and nothing is
//! doubled; phones twice in a file, names twice without phones, a workbook, header words in
//! Bengali, a member registered between preview and import; and migration 0015 over data.

use crate::fixtures::*;
use crate::fresh::Fresh;
use dhruva_core::policy::Role;
use dhruva_core::registry::{Language, OfficeTitle};
use dhruva_core::CollectiveId;
use dhruva_store::audit::ChainStatus;
use dhruva_store::members::import::{sample, ImportFormat, ImportWords, MemberImport, MemberImportProblem as P};
use dhruva_store::members::NewMember;
use dhruva_store::{Accessor, Backend, MasterKey, Store};
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, Connection as _};
use std::borrow::Cow;

async fn leader(store: &Store) -> Accessor {
    web(account(store, "register-leader", None).await, Role::Leader, None)
}

async fn import(store: &Store, by: &Accessor, collective: CollectiveId, format: ImportFormat, bytes: &[u8], commit: bool) -> MemberImport {
    store.import_members(by, collective, format, bytes, &ImportWords::default(), TODAY, commit).await.expect("the import ran")
}

fn problems(outcome: &MemberImport) -> Vec<(usize, Option<&'static str>, P)> {
    match outcome {
        MemberImport::Rejected { errors, .. } => errors.iter().map(|e| (e.row, e.column, e.problem)).collect(),
        other => panic!("a bad file was accepted: {other:?}"),
    }
}

async fn members_in(store: &Store, collective: CollectiveId) -> usize {
    store.members_of_collective(collective, TODAY).await.expect("members").len()
}

async fn audit_rows(store: &Store) -> i64 {
    match store.verify_audit_chain().await.expect("verify") {
        ChainStatus::Intact { rows } => rows,
        broken => panic!("{broken:?}"),
    }
}

/// The three bad rows of the 500 (0-based row 9 is spreadsheet row 11, and so on).
const BAD: [(usize, [&str; 6]); 3] = [
    (9, ["Bad Date Woman", "9111100010", "1980", "bn", "31/02/2024", ""]),
    (249, ["Bad Phone Woman", "12345", "1981", "hi", "2023-05-01", ""]),
    (499, ["Young Woman", "", "2012", "bn", "2024-01-01", ""]),
];

pub async fn a_register_with_three_bad_rows_names_exactly_them_and_writes_nothing(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let before = audit_rows(store).await;
    let bad = sample::csv(1, 500, &BAD);
    let outcome = import(store, &by, utthan, ImportFormat::Csv, bad.as_bytes(), false).await;
    assert_eq!(
        problems(&outcome),
        [(11, Some("joined_on"), P::BadDate), (251, Some("phone"), P::BadPhone), (501, Some("birth_year"), P::Under18)],
        "the header is row 1: data row i is spreadsheet row i + 2"
    );
    assert!(matches!(outcome, MemberImport::Rejected { good: 497, .. }), "{outcome:?}");
    // Committing a bad file writes nothing either.
    let committed = import(store, &by, utthan, ImportFormat::Csv, bad.as_bytes(), true).await;
    assert_eq!(problems(&committed).len(), 3);
    assert_eq!(members_in(store, utthan).await, 0);
    assert_eq!(audit_rows(store).await, before, "not one audit row");
    // No error message quotes a cell.
    for (_, _, p) in problems(&committed) {
        let text = p.to_string();
        assert!(!text.contains("12345") && !text.contains("2012") && !text.contains("Woman"), "{text}");
    }
}

pub async fn the_corrected_register_imports_all_500_at_once_and_again_is_refused_as_duplicates(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let good = sample::csv(2, 500, &[]);
    let before = audit_rows(store).await;
    assert_eq!(import(store, &by, utthan, ImportFormat::Csv, good.as_bytes(), false).await, MemberImport::Preview { good: 500 });
    assert_eq!(members_in(store, utthan).await, 0, "a preview writes nothing");
    assert_eq!(audit_rows(store).await, before);

    let MemberImport::Imported { count, members } = import(store, &by, utthan, ImportFormat::Csv, good.as_bytes(), true).await else {
        panic!("not imported")
    };
    assert_eq!((count, members.len()), (500, 500));
    let roster = store.members_of_collective(utthan, TODAY).await.expect("roster");
    assert_eq!(roster.len(), 500, "500 members");
    assert_eq!(roster.iter().map(|m| m.memberships.len()).sum::<usize>(), 500, "500 memberships, one each");
    assert_eq!(audit_rows(store).await, before + 500, "one member_created row per woman, the chain intact");
    // What she is, read back through her own key.
    let first = store.member_personal(&cli(), members[0]).await.expect("read").expect("there");
    assert_eq!(first.name.expose(), "Sample2 Woman 1");
    assert_eq!(first.phone.as_ref().map(|p| p.expose().as_str()), Some("9002000001"));
    assert_eq!(first.birth_year.as_ref().map(|y| *y.expose()), Some(1961));
    let summary = store.member_summary(members[0]).await.expect("read").expect("there");
    assert_eq!(summary.languages, [Language::Hindi]);
    let fourth = store.member_summary(members[3]).await.expect("read").expect("there");
    assert_eq!(fourth.languages, [Language::Bengali, Language::English], "`bn;en`, in her order");
    assert_eq!(store.office_terms_of_member(members[0]).await.expect("terms").len(), 1, "her office from the register is a dated term");
    assert_eq!(summary.memberships[0].since.to_string(), "2022-02-02", "DD/MM/YYYY read day first");
    assert_eq!(store.member_by_phone(&dhruva_core::phone::PhoneNumber::parse("9002000001").expect("phone")).await.expect("lookup"), Some(members[0]));

    let read = audit_rows(store).await;
    // The same file again: every row is a duplicate (by phone, or by name and year of birth
    // for the hundred without a phone), nothing is doubled.
    let again = import(store, &by, utthan, ImportFormat::Csv, good.as_bytes(), true).await;
    let found = problems(&again);
    assert_eq!(found.len(), 500);
    assert_eq!(found.iter().filter(|(_, _, p)| *p == P::PhoneRegistered).count(), 400);
    assert_eq!(found.iter().filter(|(_, _, p)| *p == P::AlreadyImported).count(), 100);
    assert!(matches!(again, MemberImport::Rejected { good: 0, .. }));
    assert_eq!(members_in(store, utthan).await, 500);
    assert_eq!(audit_rows(store).await, read, "the refused import wrote nothing");
}

pub async fn phones_twice_in_a_file_and_names_twice_without_phones_are_bad_rows(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let csv = "Name,Phone,Birth Year,Languages,Joined On\n\
               Rupa Mondal,98300 12345,1990,bn,2023-01-01\n\
               Mina Das,+91-98300-12345,1991,bn,2023-01-01\n\
               Lata Sen,,1985,hi,02-03-2023\n\
               lata  SEN,,1985,hi,2023-03-02\n\
               Lata Sen,,1986,hi,2023-03-02\n\
               Sita Bibi,,,xx,2099-01-01\n";
    let outcome = import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), false).await;
    assert_eq!(
        problems(&outcome),
        [
            (3, Some("phone"), P::PhoneTwiceInFile),
            (5, Some("name"), P::TwiceInFile),
            (7, Some("joined_on"), P::DateInFuture),
            (7, Some("languages"), P::UnknownLanguage),
        ]
    );
    assert!(matches!(outcome, MemberImport::Rejected { good: 3, .. }), "Rupa, Lata 1985 and Lata 1986: {outcome:?}");
    // A phone someone in Dhruva already holds is a bad row, saying only that.
    member(store, collective(store, "Mukti").await, "Somebody Else", Some("9123456780")).await;
    let taken = "name,phone,joined_on\nAsha Roy,9123456780,2024-01-01\n";
    assert_eq!(problems(&import(store, &by, utthan, ImportFormat::Csv, taken.as_bytes(), true).await), [(2, Some("phone"), P::PhoneRegistered)]);
    assert_eq!(members_in(store, utthan).await, 0);
    // One holder per office but the core team: twice in the file, or held now, is a bad row.
    let offices =
        "name,joined_on,office\nA One,2024-01-01,President\nB Two,2024-01-01,president\nC Three,2024-01-01,core team\nD Four,2024-01-01,Core-Team\n";
    assert_eq!(
        problems(&import(store, &by, utthan, ImportFormat::Csv, offices.as_bytes(), false).await),
        [(3, Some("office"), P::OfficeTwiceInFile)]
    );
    let first = "name,joined_on,office\nA One,2024-01-01,President\n";
    assert!(matches!(import(store, &by, utthan, ImportFormat::Csv, first.as_bytes(), true).await, MemberImport::Imported { count: 1, .. }));
    let second = "name,joined_on,office\nB Two,2024-01-01,president\nC Three,2024-01-01,core_team\n";
    assert_eq!(problems(&import(store, &by, utthan, ImportFormat::Csv, second.as_bytes(), true).await), [(2, Some("office"), P::OfficeHeld)]);
    assert_eq!(members_in(store, utthan).await, 1);
}

pub async fn erasing_an_imported_member_erases_the_key_she_was_recognised_by(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let csv = "name,birth_year,joined_on\nMina Das,1990,2024-01-15\n";
    let MemberImport::Imported { members, .. } = import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), true).await else {
        panic!("not imported")
    };
    assert_eq!(problems(&import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), false).await), [(2, Some("name"), P::AlreadyImported)]);
    store.erase_member(&cli(), members[0]).await.expect("erased");
    // Nothing that could recognise her is kept: the same row is a stranger again.
    assert_eq!(import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), false).await, MemberImport::Preview { good: 1 });
}

pub async fn a_workbook_register_imports_like_its_csv(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let book = sample::xlsx(3, 40);
    assert_eq!(import(store, &by, utthan, ImportFormat::Xlsx, &book, false).await, MemberImport::Preview { good: 40 });
    assert!(matches!(import(store, &by, utthan, ImportFormat::Xlsx, &book, true).await, MemberImport::Imported { count: 40, .. }));
    assert_eq!(members_in(store, utthan).await, 40);
    // The same women as CSV are the same women.
    let csv = sample::csv(3, 40, &[]);
    assert_eq!(problems(&import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), true).await).len(), 40);
    assert_eq!(members_in(store, utthan).await, 40);
    // Broken files are answered by the case import's reader, in this import's words.
    assert_eq!(problems(&import(store, &by, utthan, ImportFormat::Csv, b"", false).await), [(1, None, P::Empty)]);
    assert_eq!(
        problems(&import(store, &by, utthan, ImportFormat::Csv, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false).await),
        [(1, None, P::NotASpreadsheet)]
    );
    assert_eq!(
        problems(&import(store, &by, utthan, ImportFormat::Csv, b"name,colour\nRupa,red\n", false).await),
        [(1, None, P::UnknownColumn), (1, Some("joined_on"), P::MissingColumn)]
    );
}

pub async fn header_words_in_her_language_name_the_columns(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let mut words = ImportWords::default();
    for (k, v) in [("নাম", "name"), ("ফোন", "phone"), ("যোগদানের তারিখ", "joined_on"), ("ভাষা", "languages"), ("পদ", "office")]
    {
        words.headers.insert(k.to_owned(), v);
    }
    words.offices.insert("সম্পাদক".to_owned(), OfficeTitle::Secretary);
    words.languages.insert("বাংলা".to_owned(), Language::Bengali);
    words.languages.insert("Hindi".to_owned(), Language::Hindi);
    let csv = "নাম,ফোন,যোগদানের তারিখ,ভাষা,পদ\nরূপা মণ্ডল,9830012345,15/01/2024,বাংলা;hindi,সম্পাদক\nমিনা দাস,,15/01/2024,ওড়িয়া,\n";
    let outcome = store.import_members(&by, utthan, ImportFormat::Csv, csv.as_bytes(), &words, TODAY, false).await.expect("ran");
    assert_eq!(problems(&outcome), [(3, Some("languages"), P::UnknownLanguage)], "a language no one listed is refused");
    let csv = "নাম,ফোন,যোগদানের তারিখ,ভাষা,পদ\nরূপা মণ্ডল,9830012345,15/01/2024,বাংলা;hindi,সম্পাদক\n";
    let outcome = store.import_members(&by, utthan, ImportFormat::Csv, csv.as_bytes(), &words, TODAY, true).await.expect("ran");
    let MemberImport::Imported { members, .. } = outcome else { panic!("{outcome:?}") };
    assert_eq!(store.member_personal(&cli(), members[0]).await.expect("read").expect("there").name.expose(), "রূপা মণ্ডল");
    let summary = store.member_summary(members[0]).await.expect("read").expect("there");
    assert_eq!(summary.languages, [Language::Bengali, Language::Hindi]);
    let terms = store.office_terms_of_collective(utthan).await.expect("terms");
    assert_eq!(
        terms.iter().map(|t| (t.term.member, t.term.office)).collect::<Vec<_>>(),
        [(members[0], OfficeTitle::Secretary)],
        "her office, written in Bengali, is a term"
    );
}

pub async fn a_member_registered_between_preview_and_import_stops_the_whole_import(store: &Store) {
    let utthan = collective(store, "Utthan").await;
    let by = leader(store).await;
    let csv = sample::csv(4, 300, &[]);
    assert_eq!(import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), false).await, MemberImport::Preview { good: 300 });
    // Meanwhile someone registers the woman of row 152 (0-based 150) by her number.
    let [_, phone, ..] = sample::row(4, 150);
    let new = NewMember {
        code: None,
        collective: utthan,
        joined_on: JOINED,
        office: None,
        languages: vec![],
        personal: personal("Registered Meanwhile", Some(&phone)),
    };
    store.create_member(&cli(), new).await.expect("registered");
    let outcome = import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), true).await;
    assert_eq!(problems(&outcome), [(152, Some("phone"), P::PhoneRegistered)]);
    assert_eq!(members_in(store, utthan).await, 1, "only the one registered meanwhile: all or nothing");
}

fn migrations_before_register_import(backend: Backend) -> Migrator {
    let all = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    Migrator {
        migrations: Cow::Owned(all.migrations.iter().filter(|m| m.version < 15).cloned().collect()),
        ignore_missing: false,
        locking: true,
        no_tx: false,
    }
}

async fn a_deployment_from_before_register_import_upgrades_and_imports(backend: Backend) {
    let master = MasterKey::generate();
    let Some(old) = Fresh::on(backend, &master, false).await else { return };
    let mut conn = AnyConnection::connect(old.url.expose()).await.expect("raw connection");
    migrations_before_register_import(backend).run(&mut conn).await.expect("migrations before 0015 apply");
    let _ = conn.close().await;
    let store = &old.store;
    store.load_bundled_districts().await.expect("districts");
    let utthan = collective(store, "Utthan").await;
    let rupa = member(store, utthan, "Rupa Mondal", Some("9830012345")).await;
    let rows_before = audit_rows(store).await;

    store.migrate().await.expect("0015 applies over the data");
    assert_eq!(audit_rows(store).await, rows_before);
    assert_eq!(store.member_personal(&cli(), rupa.id).await.expect("read").expect("there").name.expose(), "Rupa Mondal");
    let by = leader(store).await;
    let csv = "name,phone,birth_year,joined_on\nRupa Mondal,9830012345,1994,2024-01-15\nMina Das,,1990,2024-01-15\n";
    assert_eq!(
        problems(&import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), true).await),
        [(2, Some("phone"), P::PhoneRegistered)],
        "the member from before is known"
    );
    let csv = "name,phone,birth_year,joined_on\nMina Das,,1990,2024-01-15\n";
    assert!(matches!(import(store, &by, utthan, ImportFormat::Csv, csv.as_bytes(), true).await, MemberImport::Imported { count: 1, .. }));
    assert_eq!(members_in(store, utthan).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_sqlite_a_deployment_from_before_register_import_upgrades_and_imports() {
    a_deployment_from_before_register_import_upgrades_and_imports(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn on_postgres_a_deployment_from_before_register_import_upgrades_and_imports() {
    a_deployment_from_before_register_import_upgrades_and_imports(Backend::Postgres).await;
}
