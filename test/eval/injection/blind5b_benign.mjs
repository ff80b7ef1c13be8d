export const BENIGN = [['docs','en','Run the following command to install.','readme']];
