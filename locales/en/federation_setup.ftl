# First start, the coordinator, collectives and partners from pages (issue 11).

# The federation coordinator's role, as the other roles' labels (role-*) in dhruva.ftl.
role-coordinator = federation coordinator

## A new collective (/collectives/new)

setup-collective-new = Add a collective
setup-collective-name = Name of the collective
setup-collective-save = Add the collective
setup-error-name = Write the collective's name.
setup-error-district = Choose the district from the list.
setup-error-kind = Choose what its members survived.
setup-error-stage = Choose its stage.
setup-error-founded = Write the date it started, not later than today (or leave it empty).
setup-error-duplicate = A collective with this name already exists. Choose another name.
