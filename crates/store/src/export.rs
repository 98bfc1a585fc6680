//! Her copy: everything Dhruva holds about her, decrypted, in one document (the DPDP Act's
//! right of access, and a copy she can take elsewhere). Only ever built for her; the web
//! layer asks the policy (`ExportMemberData`) first. Each export is itself audited.

use crate::audit::{AuditEvent, AuditRow};
use crate::cases::ExportedCase;
use crate::requests::{CorrectionRequest, Grievance};
use crate::scorecards::RatingOfHers;
use crate::{db, Accessor, Store, StoreError};
use dhruva_core::{AccountId, CollectiveId, MemberId, Sensitive};
use serde::Serialize;
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// The `format` field of the document, so a future reader knows what it holds.
pub const EXPORT_FORMAT: &str = "dhruva-member-export/1";

/// Everything about her. `Debug` redacts her values; serialising it (to give it to her)
/// writes them out.
#[derive(Clone, Debug, Serialize)]
pub struct MemberExport {
    pub format: &'static str,
    #[serde(with = "time::serde::rfc3339")]
    pub exported_at: OffsetDateTime,
    pub member: ExportedMember,
    pub personal: ExportedPersonal,
    pub memberships: Vec<ExportedMembership>,
    pub account: Option<ExportedAccount>,
    /// Newest first, with the witness of a consent given in person.
    pub consents: Vec<ExportedConsent>,
    /// A guardian's consent, for a member under 18.
    pub guardian_consents: Vec<ExportedGuardianConsent>,
    /// Current and ended, newest first.
    pub mentors: Vec<ExportedMentor>,
    pub correction_requests: Vec<CorrectionRequest>,
    pub grievances: Vec<Grievance>,
    /// Her score card ratings: which institution, in which round, and her answers.
    pub ratings: Vec<RatingOfHers>,
    /// Her cases, each with its whole timeline. Attached files are listed (name, type, size,
    /// token) but not embedded; each is downloaded from the case's page.
    pub cases: Vec<ExportedCase>,
    /// Every audit row about her or her account, newest first: who read or changed what.
    pub audit: Vec<AuditRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedMember {
    pub id: MemberId,
    pub code: String,
    /// Language codes, first preference first.
    pub languages: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedPersonal {
    pub name: Sensitive<String>,
    pub phone: Option<Sensitive<String>>,
    pub birth_year: Option<Sensitive<i32>>,
    pub notes: Option<Sensitive<String>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedMembership {
    pub collective: CollectiveId,
    pub collective_name: String,
    /// `YYYY-MM-DD`.
    pub since: String,
    pub until: Option<String>,
    pub office: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedAccount {
    pub id: AccountId,
    pub username: String,
    pub language: String,
    pub roles: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedConsent {
    pub purpose: String,
    pub method: String,
    #[serde(with = "time::serde::rfc3339")]
    pub granted_at: OffsetDateTime,
    pub granted_by: Option<AccountRef>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub withdrawn_at: Option<OffsetDateTime>,
    pub withdrawn_by: Option<AccountRef>,
    pub witness: Option<Sensitive<String>>,
    /// `pending` (recorded by someone else, waiting for her), `granted` or `refused`.
    pub state: String,
    /// Who confirmed or refused it, and when; with a second office holder's witness.
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
    pub decided_by: Option<AccountRef>,
    pub confirm_witness: Option<Sensitive<String>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedGuardianConsent {
    pub guardian: Sensitive<String>,
    pub relation: String,
    pub verification: String,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
    pub recorded_by: Option<AccountRef>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub withdrawn_at: Option<OffsetDateTime>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportedMentor {
    pub mentor: AccountRef,
    #[serde(with = "time::serde::rfc3339")]
    pub assigned_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub ended_at: Option<OffsetDateTime>,
}

/// Another account named in her record (who recorded a consent, her mentor): its id and
/// login name, which she is entitled to know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AccountRef {
    pub account: AccountId,
    pub username: Option<String>,
}

impl Store {
    /// Her whole record, decrypted, and `export_member_data` in the audit log (which the
    /// document's own audit list then includes). `NotFound` if she does not exist or was
    /// erased.
    #[tracing::instrument(skip_all)]
    pub async fn member_export(&self, by: &Accessor, member: MemberId) -> Result<MemberExport, StoreError> {
        let summary = self.member_summary(member).await?.ok_or(StoreError::NotFound("member"))?;
        // Read as hers (so not audited as someone else's reading): the export row is the record.
        let personal = self.member_personal(by, member).await?.ok_or(StoreError::NotFound("member"))?;
        self.record(by, AuditEvent::new("export_member_data").member(member)).await?;

        let mut names = AccountNames::default();
        let mut memberships = Vec::with_capacity(summary.memberships.len());
        for m in &summary.memberships {
            let collective_name = self.collective(m.collective).await?.map(|c| c.name).unwrap_or_default();
            memberships.push(ExportedMembership {
                collective: m.collective,
                collective_name,
                since: db::date_text(m.since),
                until: m.until.map(db::date_text),
                office: m.office.map(|o| o.code().to_owned()),
            });
        }
        let account = match self.account_of_member(member).await? {
            Some(a) => Some(ExportedAccount {
                id: a.id,
                roles: self.grants(a.id).await?.iter().map(|g| g.role.code().to_owned()).collect(),
                username: a.username,
                language: a.language.code().to_owned(),
            }),
            None => None,
        };
        let mut consents = Vec::new();
        for entry in self.consent_records(by, member).await? {
            let c = entry.record;
            consents.push(ExportedConsent {
                purpose: c.purpose.code().to_owned(),
                method: c.method,
                granted_at: c.granted_at,
                granted_by: names.reference(self, c.granted_by).await?,
                withdrawn_at: c.withdrawn_at,
                withdrawn_by: names.reference(self, c.withdrawn_by).await?,
                witness: entry.witness,
                state: c.state.code().to_owned(),
                decided_at: c.decided_at,
                decided_by: names.reference(self, c.decided_by).await?,
                confirm_witness: entry.confirm_witness,
            });
        }
        let mut guardian_consents = Vec::new();
        for g in self.guardian_consents(by, member).await? {
            guardian_consents.push(ExportedGuardianConsent {
                guardian: g.name,
                relation: g.relation.code().to_owned(),
                verification: g.verification.code().to_owned(),
                recorded_at: g.recorded_at,
                recorded_by: names.reference(self, g.recorded_by).await?,
                withdrawn_at: g.withdrawn_at,
            });
        }
        let mentors = self
            .mentor_history(member)
            .await?
            .into_iter()
            .map(|m| ExportedMentor {
                mentor: AccountRef { account: m.mentor, username: Some(m.mentor_username) },
                assigned_at: m.assigned_at,
                ended_at: m.ended_at,
            })
            .collect();
        let correction_requests = self.correction_requests(by, member).await?;
        let grievances = self.grievances_of(member).await?;
        let ratings = self.ratings_of_member(member).await?;
        let cases = self.cases_for_export(member).await?;
        let audit = self.audit_about_her(member, account.as_ref().map(|a| a.id)).await?;

        Ok(MemberExport {
            format: EXPORT_FORMAT,
            exported_at: OffsetDateTime::now_utc(),
            member: ExportedMember { id: member, code: summary.code, languages: summary.languages.iter().map(|l| l.code().to_owned()).collect() },
            personal: ExportedPersonal { name: personal.name, phone: personal.phone, birth_year: personal.birth_year, notes: personal.notes },
            memberships,
            account,
            consents,
            guardian_consents,
            mentors,
            correction_requests,
            grievances,
            ratings,
            cases,
            audit,
        })
    }

    /// Rows about her and rows about her account, newest first, each once.
    async fn audit_about_her(&self, member: MemberId, account: Option<AccountId>) -> Result<Vec<AuditRow>, StoreError> {
        let mut rows: BTreeMap<i64, AuditRow> = self.audit_about_member(member).await?.into_iter().map(|r| (r.seq, r)).collect();
        if let Some(account) = account {
            rows.extend(self.audit_about_account(account).await?.into_iter().map(|r| (r.seq, r)));
        }
        Ok(rows.into_values().rev().collect())
    }
}

/// Login names of the accounts an export mentions, each looked up once.
#[derive(Default)]
struct AccountNames(BTreeMap<AccountId, Option<String>>);

impl AccountNames {
    async fn reference(&mut self, store: &Store, account: Option<AccountId>) -> Result<Option<AccountRef>, StoreError> {
        let Some(account) = account else { return Ok(None) };
        let username = match self.0.get(&account) {
            Some(known) => known.clone(),
            None => {
                let username = store.account(account).await?.map(|a| a.username);
                self.0.insert(account, username.clone());
                username
            }
        };
        Ok(Some(AccountRef { account, username }))
    }
}
