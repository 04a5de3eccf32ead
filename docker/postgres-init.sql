-- Payload CMS keeps its own database on the same server as Medusa.
CREATE DATABASE medusa_cms;
