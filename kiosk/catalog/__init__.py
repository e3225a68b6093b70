"""The service catalog: its model and the validation of catalog documents."""

from kiosk.catalog.model import (
    FIELD_TYPES,
    SERVICE_KINDS,
    Catalog,
    Category,
    Details,
    EncryptionKey,
    Field,
    Form,
    Option,
    Service,
    Step,
    Text,
    VisibleIf,
)
from kiosk.catalog.parse import FORMAT, CatalogError, load_catalog_bytes, parse_catalog

__all__ = [
    "FIELD_TYPES",
    "FORMAT",
    "SERVICE_KINDS",
    "Catalog",
    "CatalogError",
    "Category",
    "Details",
    "EncryptionKey",
    "Field",
    "Form",
    "Option",
    "Service",
    "Step",
    "Text",
    "VisibleIf",
    "load_catalog_bytes",
    "parse_catalog",
]
