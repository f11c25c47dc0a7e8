"""articles waiting for the name model's reading

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("people_pending", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_index("ix_articles_people_pending", ["people_pending"])


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_people_pending")
        batch.drop_column("people_pending")
