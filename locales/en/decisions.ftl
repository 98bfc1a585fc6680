# Confirmation pages for steps that cannot be taken back (closing and publishing a round, a case's final
# states) and the short undo of her own case move (issue 10).

## Closing a round's rating
decide-close-heading = Close the rating?
decide-close-stops = Once the rating is closed, nobody can rate in this round any more. This cannot be undone.
decide-close-card-now = The score card is made now, from the ratings given so far: { $rated } of { $members } members have rated.
decide-close-who = Until it is published, only the collectives in this round and their partners see the card.
decide-close-button = Yes, close the rating
## Publishing a round's score card
decide-publish-heading = Publish the score card?
decide-publish-public = Publishing makes the score card public: anyone with its link can read it without logging in — officials, journalists, anyone. It is also listed on the public score card page.
decide-publish-federation = It is also counted in the federation's yearly score card.
decide-publish-final = A published card cannot be taken back.
decide-publish-withheld = { $withheld } of { $total } parts of the card will stay hidden, because fewer than { $k } people rated them.
decide-publish-mostly-withheld = Most of this card will stay hidden: { $withheld } of { $total } parts, because fewer than { $k } people rated them. The public will see little. You may want to talk with the collective before publishing.
decide-publish-button = Yes, publish the score card
decide-not-now = No, go back to the round
decide-round-already = This step has already been taken (perhaps the button was tapped twice). The round is now: { $status }.

## Her "my data" page names the undo (an audit action, read as rights-event-<code>)
rights-event-case_move_undone = a move of a case of yours was taken back (undone)
