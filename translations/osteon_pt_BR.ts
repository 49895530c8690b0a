<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="23"/>
        <source>Corner text</source>
        <translation>Texto dos cantos</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="287"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="291"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>J %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="305"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra um estudo (Ctrl+O) ou solte arquivos aqui</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="374"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="379"/>
        <source>stored %1, value %2</source>
        <translation>armazenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="382"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>LabellingPanel</name>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="36"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="39"/>
        <source>Open an RSNA dataset folder (File &gt; Open RSNA dataset) to label it.</source>
        <translation>Abra uma pasta de conjunto de dados RSNA (Arquivo &gt; Abrir conjunto RSNA) para rotulá-la.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="66"/>
        <source>Points placed and grades given: a dot is a point, N/M/S the grade</source>
        <translation>Pontos colocados e graus dados: um ponto é um ponto marcado, N/M/S o grau</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="84"/>
        <source>Notes for this study (Enter to keep)</source>
        <translation>Notas deste estudo (Enter para manter)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="123"/>
        <source>%1 has no train_images/&lt;study&gt; folders</source>
        <translation>%1 não tem pastas train_images/&lt;estudo&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="176"/>
        <source>Restored %n unsaved edit(s) of study %1</source>
        <translation>
            <numerusform>Restaurada %n edição não salva do estudo %1</numerusform>
            <numerusform>Restauradas %n edições não salvas do estudo %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="256"/>
        <source>Next missing: %1 %2</source>
        <translation>Próximo pendente: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="262"/>
        <source>Every point is placed and every level graded in this study.</source>
        <translation>Todos os pontos estão colocados e todos os níveis graduados neste estudo.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="276"/>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="285"/>
        <source>Redo: %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="298"/>
        <source>Saved train.csv and train_label_coordinates.csv in %1</source>
        <translation>train.csv e train_label_coordinates.csv salvos em %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="300"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="322"/>
        <source>Exported %1 de-identified DICOM file(s) and the CSV files to %2 (%3 problem(s))</source>
        <translation>Exportados %1 arquivo(s) DICOM anonimizados e os arquivos CSV para %2 (%3 problema(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="334"/>
        <source>No dataset open.</source>
        <translation>Nenhum conjunto de dados aberto.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="354"/>
        <source>Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8</source>
        <translation>Estudo %1 de %2 (%3): %4/25 pontos, %5/25 graus. %6 de %2 estudos totalmente graduados. Agora: %7 %8</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="372"/>
        <source>Place points on the acquired slices: switch this view to its acquisition plane.</source>
        <translation>Coloque os pontos nos cortes adquiridos: mude esta vista para o seu plano de aquisição.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="31"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="37"/>
        <source>Studies</source>
        <translation>Estudos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="42"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Arquivos que não puderam ser carregados, com o motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="63"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não salvo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="64"/>
        <source>Study %1 has annotation work that was not saved when Osteon last closed. Restore it?</source>
        <translation>O estudo %1 tem anotações que não foram salvas quando o Osteon fechou pela última vez. Restaurá-las?</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="79"/>
        <source>Labelling</source>
        <translation>Rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="146"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="151"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir arquivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="154"/>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="155"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imagens (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="161"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;pasta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="161"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="164"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir uma pasta de arquivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="168"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="168"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="170"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir um DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="171"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="174"/>
        <source>Open RSNA &amp;dataset for labelling...</source>
        <translation>Abrir &amp;conjunto RSNA para rotular...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="175"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="177"/>
        <source>Open an RSNA dataset folder (train_images + CSV files)</source>
        <translation>Abrir uma pasta de conjunto RSNA (train_images + arquivos CSV)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="180"/>
        <source>&amp;Save labels (RSNA CSV files)</source>
        <translation>&amp;Salvar rótulos (arquivos CSV RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="183"/>
        <source>Export &amp;de-identified dataset...</source>
        <translation>Exportar conjunto &amp;anonimizado...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="185"/>
        <source>Open an RSNA dataset for labelling first.</source>
        <translation>Abra primeiro um conjunto RSNA para rotulagem.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="189"/>
        <source>Folder for the de-identified dataset</source>
        <translation>Pasta para o conjunto anonimizado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="192"/>
        <source>&amp;Export view as PNG...</source>
        <translation>&amp;Exportar vista como PNG...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="192"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="194"/>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="197"/>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="199"/>
        <source>&amp;Recent studies</source>
        <translation>Estudos &amp;recentes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="204"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="207"/>
        <source>Layout 1x1</source>
        <translation>Layout 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="207"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>Layout 1x3</source>
        <translation>Layout 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="213"/>
        <source>Layout 2x2</source>
        <translation>Layout 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="213"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="215"/>
        <source>Next view</source>
        <translation>Próxima vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="215"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="222"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="222"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="225"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="225"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="228"/>
        <source>Next slice</source>
        <translation>Próximo corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="230"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="232"/>
        <source>Ten slices forward</source>
        <translation>Dez cortes à frente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="234"/>
        <source>Ten slices back</source>
        <translation>Dez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="236"/>
        <source>First slice</source>
        <translation>Primeiro corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="238"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Cine play/stop</source>
        <translation>Cine reproduzir/parar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="248"/>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="248"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>Actual pixels (1:1)</source>
        <translation>Pixels reais (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="251"/>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="253"/>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="255"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 graus no sentido horário</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="255"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="257"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 graus no sentido anti-horário</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="258"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="259"/>
        <source>Flip horizontally</source>
        <translation>Espelhar horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="259"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="261"/>
        <source>Flip vertically</source>
        <translation>Espelhar verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="261"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="264"/>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="264"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="266"/>
        <source>Smooth interpolation</source>
        <translation>Interpolação suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="266"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="273"/>
        <source>Show corner text</source>
        <translation>Mostrar texto dos cantos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="273"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="278"/>
        <source>Show overlays</source>
        <translation>Mostrar sobreposições</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="278"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="284"/>
        <source>Show labelling points</source>
        <translation>Mostrar pontos de rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="284"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>Show measurements</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="292"/>
        <source>Link cursor between views</source>
        <translation>Vincular cursor entre as vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="292"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="295"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado ativado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="295"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desativado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="297"/>
        <source>Reset view</source>
        <translation>Restaurar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="297"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="302"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>O idioma muda na próxima vez que o Osteon iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="314"/>
        <source>&amp;Window</source>
        <translation>&amp;Janela</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="316"/>
        <source>Auto window/level</source>
        <translation>Janela/nível automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="316"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="319"/>
        <source>Header preset %1</source>
        <translation>Predefinição do cabeçalho %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="323"/>
        <source>&amp;Labelling</source>
        <translation>&amp;Rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="326"/>
        <source>Condition: %1</source>
        <translation>Condição: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="334"/>
        <source>Level %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="337"/>
        <source>Grade Normal/Mild</source>
        <translation>Grau Normal/Leve</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="337"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="339"/>
        <source>Grade Moderate</source>
        <translation>Grau Moderado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="339"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="341"/>
        <source>Grade Severe</source>
        <translation>Grau Grave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="341"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="343"/>
        <source>Jump to the next missing label</source>
        <translation>Ir para o próximo rótulo pendente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="343"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="345"/>
        <source>Delete the selected point</source>
        <translation>Excluir o ponto selecionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="347"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="348"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="348"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="350"/>
        <source>Next study</source>
        <translation>Próximo estudo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="350"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="352"/>
        <source>Previous study</source>
        <translation>Estudo anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="352"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="355"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="357"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="357"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="360"/>
        <source>Angle</source>
        <translation>Ângulo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="360"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="363"/>
        <source>Cobb angle</source>
        <translation>Ângulo de Cobb</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="363"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>Stop measuring</source>
        <translation>Parar de medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="367"/>
        <source>Remove the last measurement</source>
        <translation>Remover a última medida</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="368"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="371"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="371"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="375"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Sobre o Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="377"/>
        <source>About Osteon</source>
        <translation>Sobre o Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="378"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: um visualizador radiológico para imagens de ossos e coluna.
Não destinado a uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="404"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Ainda carregando; cancele antes de abrir outra coisa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="410"/>
        <source>Loading %1</source>
        <translation>Carregando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="419"/>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="428"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n série carregada</numerusform>
            <numerusform>%n séries carregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="430"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: veja o painel Estudos</numerusform>
            <numerusform>, %n problemas: veja o painel Estudos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="435"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="13"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="21"/>
        <source>Measurement tool off</source>
        <translation>Ferramenta de medida desligada</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="24"/>
        <source>Distance: click two points</source>
        <translation>Distância: clique em dois pontos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="27"/>
        <source>Angle: click an arm, the vertex, the other arm</source>
        <translation>Ângulo: clique em um lado, no vértice e no outro lado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="31"/>
        <source>Cobb angle: click the two ends of the upper endplate, then of the lower endplate</source>
        <translation>Ângulo de Cobb: clique nas duas pontas do platô superior e depois do platô inferior</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="99"/>
        <source>Measured %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="145"/>
        <source>Cobb %1</source>
        <translation>Cobb %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="20"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="22"/>
        <source> [stack %1]</source>
        <translation> [pilha %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="75"/>
        <source>Reading headers</source>
        <translation>Lendo cabeçalhos</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="93"/>
        <source>Loading %1</source>
        <translation>Carregando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="125"/>
        <source>%1: no images found</source>
        <translation>%1: nenhuma imagem encontrada</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="130"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="37"/>
        <source>(no patient)</source>
        <translation>(sem paciente)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="44"/>
        <source>(no study description)</source>
        <translation>(sem descrição do estudo)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="52"/>
        <source>%1 x %2 x %3, %4</source>
        <translation>%1 x %2 x %3, %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>Osteon radiology viewer</source>
        <translation>Visualizador radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Arquivos ou pastas DICOM, DICOMDIR ou imagens para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Layout das vistas: 1x1, 1x3 ou 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma da interface: en, pt_BR ou es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Salvar uma captura da janela quando o estudo aparecer e sair</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar o tempo do início até a primeira imagem e sair</translation>
    </message>
</context>
</TS>
