//! The demo deployment as data: every person and organisation here is fictional. Names are
//! marked "(demo)" or "fictional", phone numbers follow the obviously fake 90000 00xxx
//! pattern, and every member's notes say she is invented. Nothing here is loaded in a real
//! deployment unless someone runs `dhruva demo`.

use dhruva_core::registry::{Language, Stage, TraffickingKind};
use time::macros::date;
use time::Date;

pub const FEDERATION: &str = "Demo National Forum of Survivor Collectives (fictional)";

pub struct Partner {
    pub name: &'static str,
    pub district: &'static str,
}

pub const PARTNERS: [Partner; 2] = [
    Partner { name: "Sahay Foundation (demo partner)", district: "WB-kolkata" },
    Partner { name: "Jan Sahyog Trust (demo partner)", district: "CT-raipur" },
];

pub struct CollectiveSeed {
    pub name: &'static str,
    pub kind: TraffickingKind,
    pub stage: Stage,
    pub district: &'static str,
    pub founded_on: Date,
    /// Indexes into [`PARTNERS`].
    pub partners: &'static [usize],
    /// Prefix of the fixed member codes, which make a second run find what the first made.
    pub code_prefix: &'static str,
    /// First digits of the fake phone numbers: `9000000` + this + two digits.
    pub phone_block: u32,
    pub language: Language,
    /// A second language some members also speak.
    pub also: Language,
    pub given_names: &'static [&'static str],
    pub family_names: &'static [&'static str],
}

/// West Bengal (sex trafficking, registered), Chhattisgarh (labour, collective), Andhra
/// Pradesh (peer group): the three stages a collective grows through.
pub const COLLECTIVES: [CollectiveSeed; 3] = [
    CollectiveSeed {
        name: "Alor Pathe Sangha (demo)",
        kind: TraffickingKind::Sex,
        stage: Stage::RegisteredOrganisation,
        district: "WB-24-paraganas-south",
        founded_on: date!(2016 - 08 - 20),
        partners: &[0],
        code_prefix: "WB",
        phone_block: 1,
        language: Language::Bengali,
        also: Language::Hindi,
        given_names: &[
            "Shampa", "Moumita", "Tumpa", "Rina", "Papiya", "Sabina", "Jharna", "Mampi", "Puja", "Sumitra", "Anjali", "Rekha", "Laxmi", "Mithu",
            "Soma", "Keya", "Rumki", "Piyali", "Ashima", "Nasima", "Rehana", "Champa", "Sathi", "Debjani",
        ],
        family_names: &["Mondal", "Sardar", "Naskar", "Halder", "Biswas", "Khatun", "Das", "Gayen", "Purkait", "Baidya", "Bibi"],
    },
    CollectiveSeed {
        name: "Nayi Raah Samooh (demo)",
        kind: TraffickingKind::Labour,
        stage: Stage::Collective,
        district: "CT-janjgir-champa",
        founded_on: date!(2020 - 11 - 14),
        partners: &[1],
        code_prefix: "CG",
        phone_block: 2,
        language: Language::Hindi,
        also: Language::English,
        given_names: &[
            "Sunita",
            "Rameshwar",
            "Kamla",
            "Santoshi",
            "Bhagwati",
            "Manoj",
            "Phoolbai",
            "Ramesh",
            "Geeta",
            "Sukhram",
            "Parvati",
            "Dilip",
            "Janki",
            "Tulsi",
            "Mohan",
            "Sarita",
            "Budhram",
            "Hemlata",
            "Savitri",
            "Lalit",
        ],
        family_names: &["Sahu", "Yadav", "Dhruw", "Netam", "Kanwar", "Patel", "Verma", "Nishad", "Markam", "Sonwani"],
    },
    CollectiveSeed {
        name: "Chiguru Sangham (demo)",
        kind: TraffickingKind::Sex,
        stage: Stage::PeerGroup,
        district: "AP-east-godavari",
        founded_on: date!(2023 - 06 - 10),
        partners: &[0, 1],
        code_prefix: "AP",
        phone_block: 3,
        language: Language::Telugu,
        also: Language::English,
        given_names: &[
            "Lakshmi",
            "Padma",
            "Sujatha",
            "Ramadevi",
            "Nagamani",
            "Swapna",
            "Kumari",
            "Venkatamma",
            "Sarojini",
            "Bhavani",
            "Anitha",
            "Mounika",
            "Durga",
            "Jyothi",
            "Vijaya",
            "Sailaja",
            "Aruna",
            "Prasanna",
        ],
        family_names: &["Bandi", "Kolli", "Gorantla", "Pasupuleti", "Yerra", "Chinta", "Madala", "Tadi"],
    },
];

/// The demo accounts. Usernames are stable so a second run resets rather than duplicates.
pub const MEMBER_ACCOUNT: &str = "demo-member";
pub const LEADER_ACCOUNT: &str = "demo-leader";
pub const FACILITATOR_ACCOUNT: &str = "demo-facilitator";
pub const ANALYST_ACCOUNT: &str = "demo-analyst";
pub const ADMIN_ACCOUNT: &str = "demo-admin";
pub const COORDINATOR_ACCOUNT: &str = "demo-coordinator";

/// Which West Bengal members the member and leader accounts belong to (0-based positions
/// in the collective: 1 is the secretary).
pub const DEMO_MEMBER_POSITION: usize = 9;
pub const DEMO_LEADER_POSITION: usize = 1;
