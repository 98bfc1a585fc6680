# Rating an institution: skipping a question, "I did not go there", progress (issue 10).
rate-skip = Skip this question
rate-how = Tap a face for each question. If it did not happen to you, tap “Skip this question”: it is not counted.
rate-choose-or-skip = Choose a face, or “Skip this question”.
rate-fix-choose = Some questions have no choice yet: for each one, tap a face or “Skip this question”.
rate-all-skipped = You skipped every question, so there is nothing to count. If you did not go there, tap “I did not go there” at the top.
rate-not-gone-ask = Did you not go there during this round? Then you need not answer anything.
rate-not-gone = I did not go there
rate-not-gone-now = You said you did not go there: nothing of yours is counted for this place. If you did go, answer the questions below and save.
rate-progress = { $done } of { $total } done
rate-place = Place { $position } of { $total }
rate-state-todo = To do
rate-state-done = Done
rate-state-not-gone = Did not go
rate-back-to-list = All places in this round
rate-change-note = You can change any of them until the round closes: tap its name.
rate-all-answered = You have answered for every place in this round. Thank you. You can change your answers until the round closes.

# Under a score card: what its numbers mean.
rate-card-help-heading = What do these numbers mean?
rate-card-help-n = Raters: how many members answered this question about this place. A skipped question, or a place she did not go to, is not counted.
rate-card-help-mean = Average and Middle value: the faces as numbers, from the worst to the best (for the five faces, 1 is very bad and 5 is very good).
rate-card-help-interval = Favourable: the share who chose a good face. The two numbers in brackets say how sure this is: with few raters, the real share could be anywhere between them. “0% (0%–⁠16%)” means nobody chose a good face, but with so few answers it could really be up to 16%.
rate-card-help-rank = Rank: where this place stands among the places of the same kind on this question; 1 is the best. “1 of 1” means it was the only place of its kind with enough answers to show, so there was nothing to compare it with.
rate-card-help-withheld = “Fewer than … raters”: too few answered to show the numbers without risk of telling who said what.
