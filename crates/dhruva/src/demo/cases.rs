//! The demo's casework: `demo-member` has asked her collective for case support and has one
//! case of every kind — a compensation claim whose legal time runs out this week, a ration
//! card application that is overdue, a criminal case with a hearing in a few days, a birth
//! certificate recovered — and other West Bengal members have claims before the district
//! legal services authority in every stage, so the advocacy figures have enough to show (and
//! the state authority too few, so it is suppressed).
//!
//! Dates are relative to the day the demo is loaded, so what is "due this week" stays true.
//! A member who already has cases is left as she is: a second run adds nothing.

use super::{data, members};
use anyhow::{Context, Result};
use dhruva_core::cases::{CaseKind, CaseState, CompensationForum, Direction, DocumentKind, Entitlement, Medium};
use dhruva_core::consent::Purpose;
use dhruva_core::geography::DistrictCode;
use dhruva_core::scorecard::InstitutionType;
use dhruva_core::{CaseId, CollectiveId, InstitutionId, MemberId, Sensitive};
use dhruva_forms::RawAnswers;
use dhruva_store::cases::{Authority, NewAttachment, NewCase, NewCorrespondence, NewHearing};
use dhruva_store::scorecards::InstitutionFilter;
use dhruva_store::{Accessor, Store};
use time::{Date, Duration, OffsetDateTime};

/// A scan of a letter, as a leader photographs one at the authority's counter.
const LETTER_SCAN: &[u8] = include_bytes!("letter-scan.png");

/// Other members' claims before the district authority: (position in the collective, how
/// far it got, amount claimed, amount awarded). Enough of them that the figures show.
const CLAIMS: [(usize, &[CaseState], i64, Option<i64>); 8] = [
    (2, &[CaseState::Filed, CaseState::Acknowledged, CaseState::Enquiry, CaseState::Granted, CaseState::Paid], 300_000, Some(300_000)),
    (3, &[CaseState::Filed, CaseState::Acknowledged, CaseState::Enquiry, CaseState::PartlyGranted], 500_000, Some(150_000)),
    (4, &[CaseState::Filed, CaseState::Acknowledged, CaseState::Enquiry, CaseState::Rejected, CaseState::Appealed], 200_000, None),
    (5, &[CaseState::Filed, CaseState::Acknowledged], 400_000, None),
    (6, &[CaseState::Filed, CaseState::Acknowledged, CaseState::Enquiry, CaseState::InterimReliefOrdered], 700_000, None),
    (7, &[CaseState::Filed, CaseState::Acknowledged, CaseState::Enquiry, CaseState::Granted], 250_000, Some(250_000)),
    (8, &[CaseState::Filed], 350_000, None),
    (
        10,
        &[CaseState::Filed, CaseState::Acknowledged, CaseState::Enquiry, CaseState::Granted, CaseState::Paid, CaseState::Closed],
        100_000,
        Some(100_000),
    ),
];

/// Members whose claims are before the state authority: too few to publish.
const STATE_AUTHORITY_CLAIMS: [usize; 2] = [11, 12];

/// Members who asked for case support (the rest appear on the leader's desk as a count).
const CASE_SUPPORT: [usize; 6] = [2, 3, 4, 5, 6, 7];

pub(super) async fn ensure(store: &Store, by: &Accessor, wb: CollectiveId, demo_member: MemberId) -> Result<()> {
    let today = OffsetDateTime::now_utc().date();
    let seed = &data::COLLECTIVES[0];
    let district = DistrictCode::parse(seed.district).context("the demo district code is malformed")?;
    let registry = store.institutions(&InstitutionFilter { district: Some(district.clone()), kind: None }).await?;
    let find = |kind: InstitutionType| registry.iter().find(|i| i.kind == kind).map(|i| i.id);
    let dlsa = find(InstitutionType::Dlsa).context("the demo legal services authority is missing")?;
    let police = find(InstitutionType::PoliceStation).context("the demo police station is missing")?;
    let demo = Demo { store, by, wb, district, today };

    store.grant_consent(by, demo_member, Purpose::CaseSupport, "paper").await.context("cannot record demo-member's case-support consent")?;
    if store.cases_of_member(by, demo_member, today).await?.is_empty() {
        demo.her_cases(demo_member, dlsa, police).await?;
    }
    for (position, path, claimed, awarded) in CLAIMS {
        let member = demo.member(position).await?;
        if CASE_SUPPORT.contains(&position) {
            store.grant_consent(by, member, Purpose::CaseSupport, "verbal").await?;
        }
        if store.cases_of_member(by, member, today).await?.is_empty() {
            let days = 30 * path.len() as i64 + 20;
            demo.claim(member, CompensationForum::Dlsa, Authority::Registry(dlsa), days, path, claimed, awarded).await?;
            demo.entitlement(member, Entitlement::ALL[position % Entitlement::ALL.len()], days).await?;
        }
    }
    for position in STATE_AUTHORITY_CLAIMS {
        let member = demo.member(position).await?;
        if store.cases_of_member(by, member, today).await?.is_empty() {
            let slsa = Authority::Named(Sensitive::new("West Bengal State Legal Services Authority (demo)".to_owned()));
            demo.claim(member, CompensationForum::Slsa, slsa, 90, &[CaseState::Filed, CaseState::Acknowledged], 600_000, None).await?;
        }
    }
    Ok(())
}

struct Demo<'a> {
    store: &'a Store,
    by: &'a Accessor,
    wb: CollectiveId,
    district: DistrictCode,
    today: Date,
}

fn answers(pairs: &[(&str, String)]) -> Sensitive<RawAnswers> {
    Sensitive::new(pairs.iter().map(|(k, v)| ((*k).to_owned(), vec![v.clone()])).collect())
}

impl Demo<'_> {
    fn ago(&self, days: i64) -> Date {
        self.today - Duration::days(days)
    }

    async fn member(&self, position: usize) -> Result<MemberId> {
        let code = members::code(&data::COLLECTIVES[0], position);
        Ok(self.store.member_by_code(&code).await?.with_context(|| format!("the demo member {code} is missing"))?.id)
    }

    async fn open(
        &self,
        member: MemberId,
        kind: CaseKind,
        item: Item,
        authority: Authority,
        opened: Date,
        details: Sensitive<RawAnswers>,
    ) -> Result<CaseId> {
        let new = NewCase {
            member,
            collective: self.wb,
            kind,
            entitlement: if let Item::Entitlement(e) = item { Some(e) } else { None },
            document: if let Item::Document(d) = item { Some(d) } else { None },
            forum: if let Item::Forum(f) = item { Some(f) } else { None },
            authority,
            district: Some(self.district.clone()),
            opened_on: opened,
            state: None,
            details,
        };
        self.store.open_case(self.by, &new).await.with_context(|| format!("cannot open a demo {} case", kind.code()))
    }

    /// Walks a case along `path`, one step every `step` days from `start`.
    async fn walk(&self, case: CaseId, from: CaseState, path: &[CaseState], start: Date, step: i64) -> Result<()> {
        let mut state = from;
        for (i, next) in path.iter().enumerate() {
            let on = (start + Duration::days(step * (i as i64 + 1))).min(self.today);
            self.store
                .change_case_state(self.by, case, state, *next, on, None, self.today)
                .await
                .with_context(|| format!("cannot move a demo case from {} to {}", state.code(), next.code()))?;
            state = *next;
        }
        Ok(())
    }

    /// A compensation claim opened `days` ago and taken along `path`.
    #[allow(clippy::too_many_arguments)]
    async fn claim(
        &self,
        member: MemberId,
        forum: CompensationForum,
        authority: Authority,
        days: i64,
        path: &[CaseState],
        claimed: i64,
        awarded: Option<i64>,
    ) -> Result<()> {
        let mut details = vec![("amount_claimed", claimed.to_string())];
        if let Some(a) = awarded {
            details.push(("amount_awarded", a.to_string()));
            if path.contains(&CaseState::Paid) {
                details.push(("amount_received", a.to_string()));
            }
        }
        let opened = self.ago(days);
        let case = self.open(member, CaseKind::Compensation, Item::Forum(forum), authority, opened, answers(&details)).await?;
        self.walk(case, CaseState::Drafted, path, opened, 25).await
    }

    async fn entitlement(&self, member: MemberId, item: Entitlement, days: i64) -> Result<()> {
        let opened = self.ago(days);
        let details = if item == Entitlement::Other {
            answers(&[("other_name", "Sewing machine under a livelihoods scheme".to_owned())])
        } else {
            answers(&[])
        };
        let case = self.open(member, CaseKind::Entitlement, Item::Entitlement(item), Authority::Unknown, opened, details).await?;
        self.walk(case, CaseState::Drafted, &[CaseState::Applied, CaseState::UnderVerification, CaseState::Approved], opened, 12).await
    }

    /// demo-member's own four cases, one of every kind.
    async fn her_cases(&self, member: MemberId, dlsa: InstitutionId, police: InstitutionId) -> Result<()> {
        // Compensation: filed two months ago less a few days, so the authority's legal time
        // for a decision ends this week.
        let opened = self.ago(70);
        let details = answers(&[("amount_claimed", "300000".to_owned()), ("reference", "DLSA/S24P/VC/112 (demo)".to_owned())]);
        let claim =
            self.open(member, CaseKind::Compensation, Item::Forum(CompensationForum::Dlsa), Authority::Registry(dlsa), opened, details).await?;
        let filed = self.ago(57);
        self.store.change_case_state(self.by, claim, CaseState::Drafted, CaseState::Filed, filed, None, self.today).await?;
        self.walk(claim, CaseState::Filed, &[CaseState::Acknowledged, CaseState::Enquiry], filed, 8).await?;
        let letter = NewCorrespondence {
            on: filed,
            direction: Direction::Sent,
            medium: Medium::Application,
            authority: Authority::Registry(dlsa),
            summary: Sensitive::new("Application for victim compensation, with the FIR copy and bank details (demo)".to_owned()),
            attachments: vec![NewAttachment {
                file_name: Sensitive::new("application-received-stamp.png".to_owned()),
                media_type: "image/png".to_owned(),
                bytes: Sensitive::new(LETTER_SCAN.to_vec()),
            }],
        };
        self.store.record_correspondence(self.by, claim, &letter).await.context("cannot record the demo application")?;
        let visit = NewCorrespondence {
            on: self.ago(20),
            direction: Direction::Sent,
            medium: Medium::Visit,
            authority: Authority::Registry(dlsa),
            summary: Sensitive::new("Asked at the counter when the enquiry report will be ready; told to come back next week (demo)".to_owned()),
            attachments: vec![],
        };
        self.store.record_correspondence(self.by, claim, &visit).await?;

        // Ration card: applied forty days ago; the thirty days of the public-services law are past.
        let opened = self.ago(45);
        let ration =
            self.open(member, CaseKind::Entitlement, Item::Entitlement(Entitlement::RationCard), Authority::Unknown, opened, answers(&[])).await?;
        self.store.change_case_state(self.by, ration, CaseState::Drafted, CaseState::Applied, self.ago(40), None, self.today).await?;
        self.store.change_case_state(self.by, ration, CaseState::Applied, CaseState::UnderVerification, self.ago(25), None, self.today).await?;

        // The criminal case: on trial, a hearing a month ago and the next one in five days.
        let opened = self.ago(420);
        let details = answers(&[
            ("reference", "Baruipur PS case 77/2025 (demo)".to_owned()),
            ("court", "Additional Sessions Judge, Baruipur (demo)".to_owned()),
        ]);
        let legal = self.open(member, CaseKind::Legal, Item::None, Authority::Registry(police), opened, details).await?;
        self.walk(
            legal,
            CaseState::ComplaintMade,
            &[CaseState::FirRegistered, CaseState::Investigation, CaseState::ChargeSheetFiled, CaseState::Trial],
            opened,
            60,
        )
        .await?;
        let hearing = NewHearing {
            held_on: self.ago(30),
            court: Some(Sensitive::new("Additional Sessions Judge, Baruipur (demo)".to_owned())),
            next_on: Some(self.today + Duration::days(5)),
            note: Some(Sensitive::new("Her evidence was recorded; cross-examination next date (demo)".to_owned())),
        };
        self.store.add_hearing(self.by, legal, &hearing).await.context("cannot record the demo hearing")?;

        // Her birth certificate: recovered and closed.
        let opened = self.ago(200);
        let cert = self
            .open(member, CaseKind::DocumentRecovery, Item::Document(DocumentKind::BirthCertificate), Authority::Unknown, opened, answers(&[]))
            .await?;
        self.walk(cert, CaseState::Drafted, &[CaseState::Applied, CaseState::UnderVerification, CaseState::Issued, CaseState::Closed], opened, 20)
            .await
    }
}

#[derive(Clone, Copy)]
enum Item {
    Entitlement(Entitlement),
    Document(DocumentKind),
    Forum(CompensationForum),
    None,
}
