"""ShopperMap: shopper-journey workshops for trade-marketing teams, offline."""

__version__ = "0.1.0"
APP_NAME = "ShopperMap"
ORGANIZATION = "ShopperMap"
