"""`plancheck serve`: a local web page for reviewers and an HTTP API for other systems.

Optional (the extra ``plancheck[serve]``: Starlette, uvicorn,
python-multipart), imported only by the ``serve`` command.  It calls the
runner exactly as the command line does (plancheck.runner).
"""
