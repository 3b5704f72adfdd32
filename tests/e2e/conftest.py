"""Real-browser fixtures: Playwright driving Debian's Chromium (no downloads)."""

import os
import shutil

import pytest

from tests.e2e.axe import AxeAudit

# Playwright's sync API runs an event loop in this thread; the Django ORM calls
# that tests make between browser steps are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture(scope="session")
def axe_audit():
    audit = AxeAudit()
    yield audit
    audit.write_summary()


def _audited(browser, audit: AxeAudit) -> None:
    """Every context the tests open watches its pages with axe (see tests/e2e/axe.py)."""
    new_context = browser.new_context

    def audited_context(*args, **kwargs):
        context = new_context(*args, **kwargs)
        new_page = context.new_page

        def audited_page():
            page = new_page()
            audit.watch(page)
            return page

        context.new_page = audited_page
        return context

    browser.new_context = audited_context


@pytest.fixture(autouse=True)
def _axe_violations(request, axe_audit):
    """Fail the journey that visited a page with a serious or critical axe violation."""
    axe_audit.take_failures()
    yield
    failures = axe_audit.take_failures()
    assert failures == [], "axe found serious or critical problems:\n" + "\n".join(failures)


@pytest.fixture(scope="session")
def browser(axe_audit):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, and Django then
    # hands out new connection objects for it. The data serialized when the test
    # database was created (for serialized rollback) hangs on the old objects:
    # carry it over, or transactional tests would restore nothing.
    saved = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in saved.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        _audited(browser, axe_audit)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, tmp_path):
    context = browser.new_context(accept_downloads=True, locale="en-GB")
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.console_errors = errors
    return page


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
