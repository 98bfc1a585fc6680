# Compensation figures as dated releases (issue 9): the date a page's figures are as of, the
# message before the first release, and the analyst's "publish figures now".

figures-as-of = Figures as of { $date }
figures-release-note = These figures were worked out once, on that day, and are the same on every page until the next release. Claims recorded, changed or removed since then appear in the next release.
figures-unpublished = No figures have been published yet.
figures-publish-heading = Publish the figures
figures-publish-intro = A new release is worked out from the claims recorded today and replaces these figures on every page, including the public score card pages. Releases are also made on a schedule (monthly unless set otherwise). A figure that changed by fewer claims than the limit above since it was last shown is not updated: it is shown as it was then, with that date.
figures-publish = Publish figures now
figures-earlier = Earlier releases
# a row withheld in this release, shown as the last release that showed it had it
figures-held-as-of = (as of { $date })
