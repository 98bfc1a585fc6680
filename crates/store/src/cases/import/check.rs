//! The checks that need the database, run inside the import's write transaction: the member
//! (from the caller's map only), the district, the registry institution, the details against
//! the kind's form, and whether the case is already recorded.

use super::rows::{history, normal_reference, problem, CaseItem, Lookup, Parsed, WrittenAuthority};
use super::{CaseImportProblem as P, CaseRowError, ImportRow};
use crate::audit::{AuditEvent, AuditedTx};
use crate::cases::seal::{field, open_details};
use crate::cases::{details, Authority, CaseError, NewCase};
use crate::{guardians, Accessor, Keyring, StoreError};
use dhruva_core::cases::{CaseKind, CompensationForum, DocumentKind, Entitlement};
use dhruva_core::geography::DistrictCode;
use dhruva_core::policy::Role;
use dhruva_core::{CollectiveId, InstitutionId, MemberId, Sensitive};
use dhruva_forms::{AnswerProblem, RawAnswers};
use sqlx::{AnyConnection, Row as _};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A row ready to be written, and what the preview shows of it.
pub(super) struct Checked {
    pub row: ImportRow,
    pub new: NewCase,
}

/// What the database knows already, gathered once per import.
struct Known {
    members: HashMap<String, MemberId>,
    districts: HashMap<String, bool>,
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn against_database(
    tx: &mut AuditedTx,
    keys: &Keyring,
    by: &Accessor,
    collective: CollectiveId,
    parsed: Vec<Parsed>,
    lookups: &[Lookup],
    members: &HashMap<String, MemberId>,
    errors: &mut Vec<CaseRowError>,
) -> Result<Vec<Checked>, StoreError> {
    let mut known = Known { members: members.iter().map(|(code, id)| (code.trim().to_uppercase(), *id)).collect(), districts: HashMap::new() };
    for l in lookups {
        references(tx.conn(), &mut known, l.row, l.member_code.as_deref(), l.district.as_ref(), &l.authority, errors).await?;
    }
    let mut checked = Vec::new();
    for p in parsed {
        let before = errors.len();
        let (member, authority) = references(tx.conn(), &mut known, p.row, Some(&p.member_code), p.district.as_ref(), &p.authority, errors).await?;
        let raw = answers(&p);
        if let Err(CaseError::Details(problems)) = details::validate(p.kind, &raw) {
            errors.extend(problems.iter().map(|e| CaseRowError { row: p.row, column: column_of(&e.item), problem: detail_problem(&e.problem) }));
        }
        let (Some(member), Some(authority)) = (member, authority) else { continue };
        if errors.len() > before {
            continue;
        }
        checked.push(checked_row(p, member, collective, authority, raw));
    }
    already_recorded(tx, keys, by, collective, &checked, errors).await?;
    Ok(checked)
}

/// The member (from the caller's map only), the district and the authority a row names.
/// `None` for what is unknown, reported in its column.
#[allow(clippy::too_many_arguments)]
async fn references(
    conn: &mut AnyConnection,
    known: &mut Known,
    row: usize,
    member_code: Option<&str>,
    district: Option<&DistrictCode>,
    written: &WrittenAuthority,
    errors: &mut Vec<CaseRowError>,
) -> Result<(Option<MemberId>, Option<Authority>), StoreError> {
    let member = member_code.and_then(|code| known.members.get(code).copied());
    if member_code.is_some() && member.is_none() {
        errors.push(problem(row, "member_code", P::UnknownMember));
    }
    if let Some(d) = district {
        let is_known = match known.districts.get(d.as_str()) {
            Some(k) => *k,
            None => {
                let k = sqlx::query("SELECT code FROM districts WHERE code = $1").bind(d.as_str()).fetch_optional(&mut *conn).await?.is_some();
                known.districts.insert(d.as_str().to_owned(), k);
                k
            }
        };
        if !is_known {
            errors.push(problem(row, "district_code", P::UnknownDistrict));
        }
    }
    let authority = authority(conn, written, district).await?;
    if authority.is_none() {
        errors.push(problem(row, "authority", P::UnknownInstitution));
    }
    Ok((member, authority))
}

/// The authority as the case records it; `None` when a registry number names no institution.
/// A name that is exactly one registry institution's (in the row's district, when it has one)
/// becomes that institution, so its figures count beside the institution's score card.
async fn authority(conn: &mut AnyConnection, written: &WrittenAuthority, district: Option<&DistrictCode>) -> Result<Option<Authority>, StoreError> {
    match written {
        WrittenAuthority::None => Ok(Some(Authority::Unknown)),
        WrittenAuthority::Id(id) => {
            let found = sqlx::query("SELECT id FROM institutions WHERE id = $1").bind(*id).fetch_optional(conn).await?;
            Ok(found.map(|_| Authority::Registry(InstitutionId(*id))))
        }
        WrittenAuthority::Name(name) => {
            let key = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            let rows = match district {
                Some(d) => sqlx::query("SELECT id FROM institutions WHERE name_key = $1 AND district_code = $2").bind(key).bind(d.as_str()),
                None => sqlx::query("SELECT id FROM institutions WHERE name_key = $1").bind(key),
            }
            .fetch_all(conn)
            .await?;
            Ok(Some(match rows.as_slice() {
                [one] => Authority::Registry(InstitutionId(one.try_get(0)?)),
                _ => Authority::Named(Sensitive::new(name.clone())),
            }))
        }
    }
}

/// The row's words and amounts as answers to the kind's form (the items figures read).
fn answers(p: &Parsed) -> RawAnswers {
    let mut raw = RawAnswers::new();
    let mut put = |item: &str, value: Option<String>| {
        if let Some(v) = value {
            raw.insert(item.to_owned(), vec![v]);
        }
    };
    put("reference", p.reference.clone());
    put("notes", p.notes.clone());
    put("amount_claimed", p.claimed.map(|a| a.to_string()));
    put("amount_awarded", p.awarded.map(|a| a.to_string()));
    put("amount_received", p.received.map(|a| a.to_string()));
    raw
}

/// The sheet's column for a form item, where there is one.
fn column_of(item: &str) -> Option<String> {
    super::COLUMNS.contains(&item).then(|| item.to_owned())
}

fn detail_problem(p: &AnswerProblem) -> P {
    match p {
        AnswerProblem::Required => P::MissingValue,
        AnswerProblem::NotANumber | AnswerProblem::OutOfRange { .. } => P::BadAmount,
        AnswerProblem::TooLong { .. } => P::TooLong,
        _ => P::Details,
    }
}

fn checked_row(p: Parsed, member: MemberId, collective: CollectiveId, authority: Authority, raw: RawAnswers) -> Checked {
    let history = history(&p);
    let (entitlement, document, forum): (Option<Entitlement>, Option<DocumentKind>, Option<CompensationForum>) = match p.item {
        CaseItem::None => (None, None, None),
        CaseItem::Entitlement(e) => (Some(e), None, None),
        CaseItem::Document(d) => (None, Some(d), None),
        CaseItem::Forum(f) => (None, None, Some(f)),
    };
    let new = NewCase {
        member,
        collective,
        kind: p.kind,
        entitlement,
        document,
        forum,
        authority: authority.clone(),
        district: p.district.clone(),
        opened_on: p.opened_on,
        state: Some(p.state),
        details: Sensitive::new(raw),
    };
    let row = ImportRow {
        row: p.row,
        member_code: p.member_code,
        member,
        kind: p.kind,
        item: p.item,
        state: p.state,
        opened_on: p.opened_on,
        filed_on: p.filed_on,
        decided_on: p.decided_on,
        district: p.district,
        authority,
        reference: p.reference.map(Sensitive::new),
        amount_claimed: p.claimed.map(Sensitive::new),
        amount_awarded: p.awarded.map(Sensitive::new),
        amount_received: p.received.map(Sensitive::new),
        notes: p.notes.map(Sensitive::new),
        history,
    };
    Checked { row, new }
}

/// Rows whose member already has a case of the same kind, item and reference. Only her cases
/// of the same kind and item are opened (the reference is sealed under her key); each member
/// whose cases were opened gets a `view_cases` audit row, as any read of her words by another.
async fn already_recorded(
    tx: &mut AuditedTx,
    keys: &Keyring,
    by: &Accessor,
    collective: CollectiveId,
    checked: &[Checked],
    errors: &mut Vec<CaseRowError>,
) -> Result<(), StoreError> {
    let mut by_member: BTreeMap<MemberId, Vec<&Checked>> = BTreeMap::new();
    for c in checked {
        by_member.entry(c.row.member).or_default().push(c);
    }
    for (member, rows) in by_member {
        let wanted: HashSet<(CaseKind, CaseItem)> = rows.iter().map(|c| (c.row.kind, c.row.item)).collect();
        let existing = sqlx::query("SELECT id, kind, entitlement, document, forum, details_ct FROM cases WHERE member_id = $1")
            .bind(member.0)
            .fetch_all(tx.conn())
            .await?;
        let mut recorded = HashSet::new();
        let mut opened = 0_usize;
        let mut key: Option<Vec<u8>> = None;
        for case in &existing {
            let Some(kind) = CaseKind::from_code(&case.try_get::<String, _>(1)?) else { continue };
            let code = |i: usize| case.try_get::<Option<String>, _>(i);
            let item = match kind {
                CaseKind::Entitlement => code(2)?.and_then(|c| Entitlement::from_code(&c)).map(CaseItem::Entitlement),
                CaseKind::DocumentRecovery => code(3)?.and_then(|c| DocumentKind::from_code(&c)).map(CaseItem::Document),
                CaseKind::Compensation => code(4)?.and_then(|c| CompensationForum::from_code(&c)).map(CaseItem::Forum),
                CaseKind::Legal => Some(CaseItem::None),
            };
            let Some(item) = item.filter(|item| wanted.contains(&(kind, *item))) else { continue };
            let id: i64 = case.try_get(0)?;
            // Her key is fetched once, and only if one of her cases has to be opened.
            let key_now = match key.take() {
                Some(k) => k,
                None => guardians::data_key(tx.conn(), member).await?,
            };
            let details = open_details(keys, &key_now, &field("cases", id, "details"), &case.try_get::<Vec<u8>, _>(5)?)?;
            let reference = details.expose().get("reference").and_then(|v| v.first()).map(String::as_str);
            recorded.insert((kind, item, normal_reference(reference)));
            opened += 1;
            key = Some(key_now);
        }
        if opened > 0 && by.role != Some(Role::Member) {
            let event = AuditEvent::new("view_cases").member(member).collective(collective).detail(format!("import_check cases={opened}"));
            tx.append(by, &event).await?;
        }
        for c in rows {
            if recorded.contains(&(c.row.kind, c.row.item, normal_reference(c.row.reference.as_ref().map(|r| r.expose().as_str())))) {
                errors.push(problem(c.row.row, "reference", P::AlreadyRecorded));
            }
        }
    }
    Ok(())
}
