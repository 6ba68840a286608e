DROP TABLE report_item_cells;
