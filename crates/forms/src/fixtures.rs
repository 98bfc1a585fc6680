//! Forms shared by the unit tests.

/// A small form using every kind, relevant and constraint; tests edit it to break one thing.
pub(crate) const INTAKE: &str = r##"
id = "intake"
version = 3
title = { en = "Intake", bn = "ভর্তি" }

[[scales]]
name = "faces"
favourable_from = 1
points = [
  { value = 1, face = "🙁", colour = "#c62828", label = { en = "Bad", bn = "খারাপ" } },
  { value = 2, face = "🙂", colour = "#2e7d32", label = { en = "Good", bn = "ভালো" } },
]

[[items]]
name = "welcome"
kind = "note"
label = { en = "Welcome", bn = "স্বাগত" }

[[items]]
name = "went"
kind = "select_one"
required = true
label = { en = "Did you go?", bn = "গিয়েছিলেন?" }
choices = [
  { value = "yes", label = { en = "Yes", bn = "হ্যাঁ" } },
  { value = "no", label = { en = "No", bn = "না" } },
]

[[items]]
name = "visits"
kind = "integer"
min = 1
max = 50
required = true
relevant = "${went} = 'yes'"
label = { en = "How many times?", bn = "কতবার?" }

[[items]]
name = "first_visit"
kind = "date"
relevant = "${went} = 'yes'"
constraint = ". >= '2000-01-01'"
constraint_message = { en = "Too early", bn = "খুব আগে" }
label = { en = "First visit", bn = "প্রথমবার" }

[[items]]
name = "help"
kind = "select_multiple"
relevant = "${went} = 'yes'"
label = { en = "Help asked for", bn = "যে সাহায্য চেয়েছিলেন" }
choices = [
  { value = "legal", label = { en = "Legal", bn = "আইনি" } },
  { value = "shelter", label = { en = "Shelter", bn = "আশ্রয়" } },
]

[[items]]
name = "service"
kind = "rating"
scale = "faces"
relevant = "${went} = 'yes' and ${visits} > 0"
label = { en = "Service", bn = "সেবা" }
hint = { en = "Think of your visits", bn = "আপনার যাওয়ার কথা ভাবুন" }

[[items]]
name = "why_not"
kind = "text"
max_len = 20
relevant = "${went} = 'no'"
constraint = ". != 'nothing'"
label = { en = "Why not?", bn = "কেন নয়?" }
"##;
