//! Identifier newtypes, so a member id can never be passed where a collective id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// The one federation of a deployment.
    FederationId
);
id_type!(
    /// A peer group, collective or registered organisation of survivors.
    CollectiveId
);
id_type!(
    /// A partner organisation (an NGO that supports collectives).
    PartnerOrgId
);
id_type!(
    /// A survivor known to the registry. Her name and contacts live elsewhere, encrypted.
    MemberId
);
id_type!(
    /// A login. Not every member has one, and admins need not be members.
    AccountId
);
id_type!(
    /// A duty bearer survivors rate: a police station, a legal services authority, a bank branch …
    InstitutionId
);
id_type!(
    /// One community-score-card round: planned, rated, discussed with providers, followed up.
    RoundId
);
id_type!(
    /// One of her cases: an entitlement application, a compensation claim, a legal proceeding …
    CaseId
);
id_type!(
    /// A letter, visit, call or RTI request recorded on a case.
    CorrespondenceId
);
