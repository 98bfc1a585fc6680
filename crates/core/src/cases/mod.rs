//! Casework that survivors steer: entitlement applications, victim-compensation claims, legal
//! proceedings and document recovery. What each kind of case is — its workflow, its deadline
//! rules, its catalogue — is declared as data here (tables in [`workflow`], the rules file read
//! by [`deadlines`]); the store and the pages only follow it.

use crate::registry::coded_enum;

pub mod deadlines;
pub mod discreet;
pub mod figures;
pub mod workflow;

pub use workflow::{CaseState, TransitionError};

coded_enum!(
    /// The kinds of case. Codes are translation keys (`case-kind-compensation`) and import values.
    CaseKind {
        Entitlement => "entitlement",
        Compensation => "compensation",
        Legal => "legal",
        DocumentRecovery => "document_recovery",
    }
);

coded_enum!(
    /// The entitlement catalogue: what a member may apply for. `Other` takes a name of her own.
    Entitlement {
        RationCard => "ration_card",
        Aadhaar => "aadhaar",
        BankAccount => "bank_account",
        Housing => "housing",
        WidowPension => "widow_pension",
        OldAgePension => "old_age_pension",
        EShram => "e_shram",
        ShgSupport => "shg_support",
        ShelterHome => "shelter_home",
        FreeLegalAid => "free_legal_aid",
        Other => "other",
    }
);

coded_enum!(
    /// Documents lost in trafficking that a member recovers.
    DocumentKind {
        BirthCertificate => "birth_certificate",
        SchoolCertificate => "school_certificate",
        VoterId => "voter_id",
        Aadhaar => "aadhaar",
        RationCard => "ration_card",
        CasteCertificate => "caste_certificate",
        BankPassbook => "bank_passbook",
        Other => "other",
    }
);

coded_enum!(
    /// Which authority a compensation claim is before.
    CompensationForum {
        Dlsa => "dlsa",
        Slsa => "slsa",
    }
);

coded_enum!(
    /// Whether a piece of correspondence went to the authority or came from it.
    Direction {
        Sent => "sent",
        Received => "received",
    }
);

coded_enum!(
    /// How it was sent or received.
    Medium {
        Letter => "letter",
        Application => "application",
        Email => "email",
        Visit => "visit",
        PhoneCall => "phone_call",
        Rti => "rti",
    }
);
