"""The reference hub: the server side of the kiosk sync protocol (never bundled into the kiosk)."""

__version__ = "0.1.0"
