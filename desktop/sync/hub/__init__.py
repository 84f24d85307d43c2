"""The hub server (issue 9): a FastAPI app that moves the signed packages of issue 7 between
units. ``protocol.py`` (request signing, shared with the desktop client), ``app.py`` (routes),
``admin.py`` (enrolment files). The storage is db/hub (SQLAlchemy), wired in by
``desktop.hubapp.create_app(db_url)``."""
