"""The report's jinja2 environment: templates in `report/templates/`, every value escaped.

Only markup this package builds itself (tables from `formats.to_html`, displaCy's spans)
is passed through with `|safe`; text from inputs never is.
"""

from __future__ import annotations

from functools import lru_cache

import jinja2


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The environment, made once: autoescape on, undefined names an error."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("extract.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render_template(name: str, **values) -> str:
    """Render one template of `report/templates/`."""
    return environment().get_template(name).render(**values)
