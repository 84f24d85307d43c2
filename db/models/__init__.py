"""All ORM models. Each area of the app keeps its tables in its own module; importing this
package registers every table on ``db.base.metadata`` (used by create_all and the migration
consistency test)."""

from db.models import core, members  # noqa: F401
from db.models import volunteer, cycle, recognition, documents, sync, safety, commune  # noqa: F401
from db.models import commune_records  # noqa: F401
